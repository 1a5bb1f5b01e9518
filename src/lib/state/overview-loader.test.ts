import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadStoreFacts } from '../compare/load-store-facts';
import type { Connector } from '../db/connector';
import { loadOverview } from '../overview/load-overview';
import { seededStore, seedMonths } from '../../../tests/support/seed-store';
import { copyCurrentTables } from '../store/copy-current-tables';
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

	it('copies the current figures once per version, and again when the data changed', async () => {
		const store = await seededStore({
			months: { '2020-04': { Burglary: 1 }, '2021-04': { Burglary: 2 } }
		});
		try {
			const tables = vi.fn((d: Connector) => copyCurrentTables({ db: d }));
			const load = overviewLoader({ tables });
			const april = { ...query, period: '2021-04' };
			const count = async (version: number) =>
				(await load({ db: store, query: april, version })).comparison?.rows[0]?.comparison.now;
			expect(await count(1)).toBe(2);
			await seedMonths({ db: store, months: { '2021-04': { Burglary: 7 } }, firstId: 5 });
			expect(await count(1)).toBe(2); // the same version: its copy holds
			expect(await count(2)).toBe(7);
			expect(tables).toHaveBeenCalledTimes(2);
		} finally {
			await store.close();
		}
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
