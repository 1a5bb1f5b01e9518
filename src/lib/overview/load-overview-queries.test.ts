import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnershipStore } from '../../../tests/support/partnership-store';
import { seededStore } from '../../../tests/support/seed-store';
import { loadStoreFacts } from '../compare/load-store-facts';
import type { Connector } from '../db/connector';
import { loadOverview } from './load-overview';

/** A connector that counts the statements run through it. */
function counting(db: Connector): Connector & { count: number } {
	const wrapped = {
		count: 0,
		query: ((q) => {
			wrapped.count++;
			return db.query(q);
		}) as Connector['query'],
		registerFile: (o: Parameters<Connector['registerFile']>[0]) => db.registerFile(o),
		dropFile: (p: string) => db.dropFile(p),
		close: () => db.close()
	};
	return wrapped;
}

let db: Connector;
let policeOnly: Connector;
beforeAll(async () => {
	db = await partnershipStore();
	policeOnly = await seededStore({
		months: { '2021-05': { Burglary: 1 }, '2021-06': { Drugs: 2 } }
	});
});
afterAll(async () => {
	await db.close();
	await policeOnly.close();
});

describe('loadOverview: queries per change of choice', () => {
	it.each([
		['the default view', {}],
		['a financial year', { period: 'FY2021-22' }],
		[
			'a quarter against the previous one, groups, a rate',
			{ period: 'FY2021-22:Q1', vs: 'previous', group: 'all', rate: 'residents' }
		],
		[
			'a year whose targets name a fixed baseline',
			{ period: 'FY2021-22', group: 'acquisitive crime' }
		],
		['an area', { period: '2021-06', area: 'City of London Police' }]
	])('%s: three queries (counts, kinds, measures) given facts', async (_, choice) => {
		const counted = counting(db);
		const facts = await loadStoreFacts({ db: counted });
		expect(counted.count).toBe(8);
		counted.count = 0;
		const o = await loadOverview({ db: counted, facts, ...choice });
		expect([counted.count, o.problem]).toEqual([3, null]);
	});

	it('one query for a store without measures; the facts read first when not given', async () => {
		const counted = counting(policeOnly);
		await loadOverview({ db: counted, period: '2021-06' });
		expect(counted.count).toBe(8 + 1);
		counted.count = 0;
		await loadOverview({
			db: counted,
			period: '2021-06',
			facts: await loadStoreFacts({ db: policeOnly })
		});
		expect(counted.count).toBe(1);
	});

	it('gives the same figures with facts passed in as without', async () => {
		const facts = await loadStoreFacts({ db });
		const choice = { period: 'FY2020-21', group: 'all', rate: 'residents' };
		expect(await loadOverview({ db, facts, ...choice })).toEqual(
			await loadOverview({ db, ...choice })
		);
	});
});
