import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededStore } from '../../../tests/support/seed-store';
import type { Connector } from '../db/connector';
import { SAMPLE_HASHES } from '../sample/sample-hashes';
import { loadStoreFacts } from './load-store-facts';
import { seriesKey } from './store-facts';

let db: Connector;
beforeAll(async () => {
	db = await seededStore({ months: { '2021-05': { Burglary: 1 }, '2021-06': { Drugs: 2 } } });
});
afterAll(() => db.close());

const setHashes = async (first: string, second: string) => {
	await db.query({ sql: 'UPDATE uploads SET sha256 = ? WHERE upload_id = 1', params: [first] });
	await db.query({ sql: 'UPDATE uploads SET sha256 = ? WHERE upload_id = 2', params: [second] });
};

describe('loadStoreFacts', () => {
	it('reads the months and categories of each series', async () => {
		const facts = await loadStoreFacts({ db });
		const key = seriesKey({ source: 'police-street', area: 'Test Force' });
		expect([facts.series.length, facts.covered[key], facts.categories[key]]).toEqual([
			1,
			['2021-05', '2021-06'],
			['Burglary', 'Drugs']
		]);
	});

	it.each([
		['every upload a sample file', SAMPLE_HASHES[0]!, SAMPLE_HASHES[1]!, true],
		['one real file beside the sample', SAMPLE_HASHES[0]!, 'f'.repeat(64), false],
		['real files only', 'a'.repeat(64), 'b'.repeat(64), false]
	])('synthetic when %s: %s', async (_, first, second, synthetic) => {
		await setHashes(first, second);
		expect((await loadStoreFacts({ db })).synthetic).toBe(synthetic);
	});

	it('an empty store is not synthetic', async () => {
		const empty = await seededStore({ months: {} });
		expect((await loadStoreFacts({ db: empty })).synthetic).toBe(false);
		await empty.close();
	});
});
