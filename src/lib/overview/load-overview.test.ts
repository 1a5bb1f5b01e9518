import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededStore, type SeedMonths } from '../../../tests/support/seed-store';
import type { Connector } from '../db/connector';
import { listMonths } from '../periods/month';
import { loadOverview } from './load-overview';

let db: Connector;
beforeAll(async () => {
	const months: SeedMonths = {};
	for (const m of listMonths({ start: '2019-04', end: '2021-06' }))
		months[m] = { Burglary: 3, Drugs: 1 };
	db = await seededStore({ months });
});
afterAll(() => db.close());

const tables = (o: Awaited<ReturnType<typeof loadOverview>>) =>
	o.tables.map((t) => [t.periodLabel, t.baseLabel, t.comparedLabel]);

describe('loadOverview', () => {
	it('keeps the month behaviour: the latest month by default, then the financial year to date', async () => {
		const o = await loadOverview({ db });
		expect([o.month, o.months.length, o.months[0], o.period, o.vs]).toEqual([
			'2021-06',
			27,
			'2021-06',
			'2021-06',
			'yoy'
		]);
		expect(tables(o)).toEqual([
			['June 2021', 'June 2020', 'June 2021 compared with June 2020'],
			['April–June 2021', 'April–June 2020', 'April–June 2021 compared with April–June 2020']
		]);
		expect(tables(await loadOverview({ db, month: '2020-12' }))[0]![0]).toBe('December 2020');
		expect(tables(await loadOverview({ db, month: '1999-01' }))[0]![0]).toBe('June 2021');
	});

	it.each([
		[
			'FY2020-21:Q1',
			'previous',
			'Q1 2020-21 (April–June 2020)',
			'Q4 2019-20 (January–March 2020)',
			'2020-06'
		],
		['FY2021-22', 'yoy', '2021-22', '2020-21', '2021-06'],
		[
			'2020-11..2021-01',
			'2019-11..2020-01',
			'November 2020–January 2021',
			'November 2019–January 2020',
			'2021-01'
		]
	])('period %s vs %s', async (period, vs, periodLabel, baseLabel, month) => {
		const o = await loadOverview({ db, period, vs });
		expect([o.comparison!.periodLabel, o.comparison!.baseLabel, o.month, o.problem]).toEqual([
			periodLabel,
			baseLabel,
			month,
			null
		]);
		expect(o.tables[0]).toBe(o.comparison);
		expect(o.tables[1]).toBe(o.fytd);
		expect(o.fytd!.period).toEqual({ kind: 'ytd-financial', end: month });
	});

	it('shows a chosen financial year to date once', async () => {
		const o = await loadOverview({ db, period: 'FYTD2021-05' });
		expect(tables(o)).toEqual([
			['April–May 2021', 'April–May 2020', 'April–May 2021 compared with April–May 2020']
		]);
		expect(o.fytd).toBe(o.comparison);
	});

	it('falls back to the defaults and says why for a bad period or base', async () => {
		const bad = await loadOverview({ db, period: 'FY2020', vs: 'previous' });
		expect(bad.problem).toContain('Invalid period "FY2020"');
		expect(bad.comparison!.periodLabel).toBe('June 2021');
		const mismatch = await loadOverview({ db, period: '2021-Q1', vs: '2020' });
		expect(mismatch.problem).toContain(
			'Cannot compare January–March 2021 (3 months) with 2020 (12 months)'
		);
		expect([mismatch.comparison!.periodLabel, mismatch.vs]).toEqual(['January–March 2021', 'yoy']);
	});

	it('offers the periods of every kind over the data, and the bases', async () => {
		const { choices } = await loadOverview({ db });
		const fy = choices!.kinds.find((k) => k.kind === 'financial-year')!;
		expect(fy.options.map((o) => [o.token, o.complete])).toEqual([
			['FY2021-22', false],
			['FY2020-21', true],
			['FY2019-20', true]
		]);
		expect(choices!.kinds.map((k) => k.label)).toEqual([
			'Month',
			'Calendar quarter',
			'Financial-year quarter',
			'Financial year',
			'Calendar year',
			'Rolling 12 months',
			'Calendar year to date',
			'Financial year to date'
		]);
		expect(choices!.kinds[0]!.options).toHaveLength(27);
		expect(choices!.vs.map((v) => v.value)).toEqual(['yoy', 'previous']);
	});

	it('returns an empty overview for an empty store', async () => {
		const empty = await seededStore({ months: {} });
		expect(await loadOverview({ db: empty })).toEqual({
			series: null,
			months: [],
			month: null,
			tables: [],
			sections: [],
			areas: [],
			area: null,
			synthetic: false
		});
		await empty.close();
	});
});
