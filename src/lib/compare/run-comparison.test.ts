import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededStore, type SeedMonths } from '../../../tests/support/seed-store';
import type { Connector } from '../db/connector';
import { listMonths, monthNumberOf, yearOf } from '../periods/month';
import { parsePeriod } from '../periods/parse-period';
import { runComparison } from './run-comparison';

// Burglary in a month is (year − 2017) × 20 + month number, so every month has its own figure and
// an expected total is a plain sum over the months the test names.
const burglary = (m: string) => (yearOf(m) - 2017) * 20 + monthNumberOf(m);
const sum = (months: string[]) => months.reduce((t, m) => t + burglary(m), 0);
const span = (start: string, end: string) => listMonths({ start, end });

function months(opts: { from: string; to: string; without?: string[] }): SeedMonths {
	const seed: SeedMonths = {};
	for (const m of span(opts.from, opts.to)) {
		if (opts.without?.includes(m)) continue;
		// Robbery every third month only; other months have data but no robbery (counts 0).
		seed[m] = { Burglary: burglary(m), ...(monthNumberOf(m) % 3 === 0 ? { Robbery: 1 } : {}) };
	}
	return seed;
}

const compare = (db: Connector, token: string, vs = 'yoy') =>
	runComparison({
		db,
		source: 'police-street',
		area: 'Test Force',
		period: parsePeriod(token),
		vs: vs === 'yoy' || vs === 'previous' ? vs : parsePeriod(vs)
	});

describe('runComparison: every period kind and basis', () => {
	let db: Connector;
	beforeAll(
		async () => (db = await seededStore({ months: months({ from: '2018-01', to: '2021-06' }) }))
	);
	afterAll(() => db.close());

	it.each([
		['2021-01', 'yoy', ['2021-01'], ['2020-01'], 'January 2021', 'January 2020'],
		['2021-01', 'previous', ['2021-01'], ['2020-12'], 'January 2021', 'December 2020'],
		[
			'2021-Q1',
			'previous',
			span('2021-01', '2021-03'),
			span('2020-10', '2020-12'),
			'January–March 2021',
			'October–December 2020'
		],
		[
			'2021-Q2',
			'yoy',
			span('2021-04', '2021-06'),
			span('2020-04', '2020-06'),
			'April–June 2021',
			'April–June 2020'
		],
		[
			'FY2020-21:Q1',
			'previous',
			span('2020-04', '2020-06'),
			span('2020-01', '2020-03'),
			'Q1 2020-21 (April–June 2020)',
			'Q4 2019-20 (January–March 2020)'
		],
		[
			'FY2020-21:Q4',
			'yoy',
			span('2021-01', '2021-03'),
			span('2020-01', '2020-03'),
			'Q4 2020-21 (January–March 2021)',
			'Q4 2019-20 (January–March 2020)'
		],
		[
			'FY2019-20',
			'yoy',
			span('2019-04', '2020-03'),
			span('2018-04', '2019-03'),
			'2019-20',
			'2018-19'
		],
		[
			'FY2020-21',
			'previous',
			span('2020-04', '2021-03'),
			span('2019-04', '2020-03'),
			'2020-21',
			'2019-20'
		],
		['2020', 'previous', span('2020-01', '2020-12'), span('2019-01', '2019-12'), '2020', '2019'],
		[
			'YE2021-03',
			'yoy',
			span('2020-04', '2021-03'),
			span('2019-04', '2020-03'),
			'year ending March 2021',
			'year ending March 2020'
		],
		[
			'YTD2021-05',
			'yoy',
			span('2021-01', '2021-05'),
			span('2020-01', '2020-05'),
			'January–May 2021',
			'January–May 2020'
		],
		[
			'FYTD2021-05',
			'previous',
			span('2021-04', '2021-05'),
			span('2020-04', '2020-05'),
			'April–May 2021',
			'April–May 2020'
		],
		[
			'FYTD2021-03',
			'yoy',
			span('2020-04', '2021-03'),
			span('2019-04', '2020-03'),
			'April 2020–March 2021',
			'April 2019–March 2020'
		],
		[
			'2020-11..2021-02',
			'previous',
			span('2020-11', '2021-02'),
			span('2020-07', '2020-10'),
			'November 2020–February 2021',
			'July–October 2020'
		],
		['2021-06', '2019-02', ['2021-06'], ['2019-02'], 'June 2021', 'February 2019'],
		[
			'FY2020-21:Q1',
			'2018-Q4',
			span('2020-04', '2020-06'),
			span('2018-10', '2018-12'),
			'Q1 2020-21 (April–June 2020)',
			'October–December 2018'
		]
	])('%s vs %s', async (token, vs, now, then, periodLabel, baseLabel) => {
		const c = await compare(db, token, vs);
		expect(c.compared).toEqual({ now, then });
		expect([c.periodLabel, c.baseLabel, c.complete, c.inProgress]).toEqual([
			periodLabel,
			baseLabel,
			true,
			false
		]);
		const row = c.rows.find((r) => r.key === 'Burglary')!;
		expect([row.comparison.now, row.comparison.then]).toEqual([sum(now), sum(then)]);
		const robbery = c.rows.find((r) => r.key === 'Robbery')!;
		const third = (ms: string[]) => ms.filter((m) => monthNumberOf(m) % 3 === 0).length;
		expect([robbery.comparison.now, robbery.comparison.then]).toEqual([third(now), third(then)]);
		expect(c.rows[0]).toMatchObject({ key: 'All crime', kind: 'total' });
		expect(c.rows[0]!.comparison.now).toBe(sum(now) + third(now));
	});

	it('refuses an explicit base of another length', async () => {
		await expect(compare(db, 'FY2020-21', '2020-Q1')).rejects.toThrow(
			'Cannot compare 2020-21 (12 months) with January–March 2020 (3 months)'
		);
	});
});

describe('runComparison: missing months and incomplete periods', () => {
	let db: Connector;
	beforeAll(
		async () =>
			(db = await seededStore({
				months: months({ from: '2019-04', to: '2021-06', without: ['2020-10', '2019-05'] })
			}))
	);
	afterAll(() => db.close());

	it('leaves out a month without data and its pair, on either side, never counting it as 0', async () => {
		const c = await compare(db, 'FY2020-21');
		const now = span('2020-04', '2021-03').filter((m) => m !== '2020-10' && m !== '2020-05');
		const then = span('2019-04', '2020-03').filter((m) => m !== '2019-10' && m !== '2019-05');
		expect(c.compared).toEqual({ now, then });
		expect(c.missing).toEqual({ now: ['2020-10'], then: ['2019-05'] });
		expect([c.complete, c.inProgress, c.comparedRange]).toEqual([false, false, null]);
		expect(c.comparedLabel).toBe(
			'10 of the 12 months of 2020-21 compared with the same months of 2019-20'
		);
		const row = c.rows.find((r) => r.key === 'Burglary')!;
		expect([row.comparison.now, row.comparison.then]).toEqual([sum(now), sum(then)]);
		expect([sum(now), sum(then)]).toEqual([723, 523]);
		expect(row.narrative).toBe(
			'Burglary rose by 38.2% (from 523 to 723) in 10 of the 12 months of 2020-21 compared with the same months of 2019-20; no data for May 2019 and October 2020, which are left out with the months they pair with; this is beyond normal variation.'
		);
	});

	it('compares a year in progress month for month and says it is not complete', async () => {
		const c = await compare(db, 'FY2021-22');
		expect(c.compared).toEqual({
			now: span('2021-04', '2021-06'),
			then: span('2020-04', '2020-06')
		});
		expect([c.complete, c.inProgress]).toEqual([false, true]);
		expect(c.comparedLabel).toBe('April–June 2021 compared with April–June 2020');
		const row = c.rows.find((r) => r.key === 'Burglary')!;
		expect(row.narrative).toContain(
			'in April–June 2021 compared with April–June 2020; 2021-22 is not yet complete'
		);
		expect(row.narrative).not.toMatch(/2021-22 so far|2020-21\b(?! is)/);
	});

	it('says when no month can be compared, with no rows', async () => {
		const c = await compare(db, '2019-05', 'previous');
		expect([c.rows, c.comparedLabel]).toEqual([
			[],
			'No month of May 2019 can be compared with April 2019'
		]);
	});

	it('gives "n/a" for a zero base in the figures but never in the sentence', async () => {
		const c = await compare(db, '2021-06', '2021-05');
		const robbery = c.rows.find((r) => r.key === 'Robbery')!;
		expect(robbery.comparison).toMatchObject({ now: 1, then: 0, pct: null, pctLabel: 'n/a' });
		expect(robbery.narrative).toBe(
			'Robbery rose from 0 to 1 in June 2021 compared with May 2021 (no percentage: there were none in May 2021); this is within normal variation; the numbers are small, so treat the change with caution.'
		);
	});
});
