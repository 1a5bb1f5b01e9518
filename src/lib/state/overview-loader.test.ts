import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadStoreFacts } from '../compare/load-store-facts';
import type { Connector } from '../db/connector';
import { loadOverview } from '../overview/load-overview';
import { seededStore } from '../../../tests/support/seed-store';
import { overviewLoader } from './overview-loader';

const query = { period: null, vs: null, group: null, rate: null, month: null };

describe('overviewLoader', () => {
	let db: Connector;
	beforeAll(async () => {
		const months = Object.fromEntries(
			Array.from({ length: 24 }, (_, i) => [
				`${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
				{ Burglary: 10 + i, Drugs: 30 - i }
			])
		);
		db = await seededStore({ months });
	});
	afterAll(async () => {
		await db.close();
	});

	it.each([
		['the same version', [1, 1, 1], 1],
		['a new version each time', [1, 2, 3], 3],
		['back and forth', [1, 2, 2, 1], 3]
	])('reads the facts once per version: %s', async (_, versions, reads) => {
		const facts = vi.fn((d: Connector) => loadStoreFacts({ db: d }));
		const load = overviewLoader({ facts });
		for (const version of versions) await load({ db, query, version });
		expect(facts).toHaveBeenCalledTimes(reads);
	});

	it('gives the same figures as loading without facts', async () => {
		const load = overviewLoader();
		const asked = { ...query, period: 'FY2021-22' };
		await load({ db, query, version: 0 });
		expect(await load({ db, query: asked, version: 0 })).toEqual(
			await loadOverview({ db, ...asked })
		);
	});

	it('reads the facts again after a failure', async () => {
		const facts = vi
			.fn<(d: Connector) => ReturnType<typeof loadStoreFacts>>()
			.mockRejectedValueOnce(new Error('busy'))
			.mockImplementation((d) => loadStoreFacts({ db: d }));
		const load = overviewLoader({ facts });
		await expect(load({ db, query, version: 0 })).rejects.toThrow('busy');
		await load({ db, query, version: 0 });
		expect(facts).toHaveBeenCalledTimes(2);
	});
});
