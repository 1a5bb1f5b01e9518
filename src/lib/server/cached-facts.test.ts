import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededStore } from '../../../tests/support/seed-store';
import type { Connector, Query, Row } from '../db/connector';
import { loadStoreFacts } from '../compare/load-store-facts';
import { cachedFacts } from './cached-facts';

describe('cachedFacts', () => {
	let db: Connector;
	let queries = 0;
	let counting: Connector;
	let perRead = 0;
	beforeAll(async () => {
		db = await seededStore({ months: { '2021-04': { Burglary: 3 }, '2021-05': { Burglary: 4 } } });
		counting = {
			...db,
			query: <T extends Row>(q: Query) => (queries++, db.query<T>(q))
		};
		await loadStoreFacts({ db: counting });
		perRead = queries;
	});
	afterAll(() => db.close());

	it.each([
		['reads the facts once per version', ['v1', 'v1', 'v1'], 1],
		['reads them again for a new version', ['v2', 'v3'], 2],
		['forgets all but the last two versions', ['v3', 'v2', 'v1'], 1]
	])('%s', async (_, versions, reads) => {
		const before = queries;
		const all = await Promise.all(
			versions.map((version) => cachedFacts({ db: counting, version }))
		);
		expect(all[0]!.covered[JSON.stringify(['police-street', 'Test Force'])]).toEqual([
			'2021-04',
			'2021-05'
		]);
		expect((queries - before) / perRead).toBe(reads);
	});
});
