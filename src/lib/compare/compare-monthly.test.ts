import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asb, partnershipStore } from '../../../tests/support/partnership-store';
import type { Connector, Row } from '../db/connector';
import { monthlyCountsSql, type MonthlyCountRow } from '../db/sql/monthly-counts-sql';
import { listMonths } from '../periods/month';
import { parsePeriod } from '../periods/parse-period';
import { compareMonthly } from './compare-monthly';
import { countIndex } from './count-index';
import { loadStoreFacts } from './load-store-facts';
import { runComparison } from './run-comparison';
import type { StoreFacts } from './store-facts';

let db: Connector;
let facts: StoreFacts;
let rows: MonthlyCountRow[];
beforeAll(async () => {
	db = await partnershipStore();
	facts = await loadStoreFacts({ db });
	const areas = ['City of London Police', 'City of London'];
	const ranges = [{ start: '2019-01', end: '2022-12' }];
	rows = await db.query<MonthlyCountRow & Row>(monthlyCountsSql({ areas, ranges }));
});
afterAll(() => db.close());

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const basis = (vs: string) => (vs === 'yoy' || vs === 'previous' ? vs : parsePeriod(vs));

describe('compareMonthly gives what runComparison does, with no query', () => {
	it.each([
		['police-street', 'City of London Police', 'FY2020-21', 'yoy', null],
		['police-street', 'City of London Police', 'FY2021-22', 'yoy', 'residents'],
		['police-street', 'City of London Police', '2021-06', 'previous', null],
		['police-street', 'City of London Police', 'YE2021-03', 'FY2019-20', null],
		['lfb', 'City of London', 'FY2021-22', 'yoy', null],
		['lfb', 'City of London', 'FY2021-22:Q1', 'previous', null],
		['lfb', 'City of London', '2020-05', 'yoy', null]
	])('%s %s %s vs %s, rate %s', async (source, area, token, vs, rate) => {
		const period = parsePeriod(token);
		const sql = await runComparison({ db, source, area, period, vs: basis(vs), rate });
		const index = countIndex({ rows });
		const code = compareMonthly({ facts, index, source, area, period, vs: basis(vs), rate });
		expect(code).toEqual(sql);
		expect(code.rows.length).toBeGreaterThan(0);
	});

	it('narrows the rows to some categories: ASB alone has no crime in its total', () => {
		const c = compareMonthly({
			facts,
			index: countIndex({ rows }),
			source: 'police-street',
			area: 'City of London Police',
			period: parsePeriod('FY2021-22'),
			categories: (c) => c === 'Anti-social behaviour'
		});
		expect(c.rows.map((r) => [r.key, r.comparison.now])).toEqual([
			['All crime', 0],
			['Anti-social behaviour', sum(listMonths({ start: '2021-04', end: '2022-03' }).map(asb))],
			['group:acquisitive crime', 0]
		]);
	});
});
