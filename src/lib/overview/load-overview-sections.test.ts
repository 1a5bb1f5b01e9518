import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMonths } from '../../../tests/support/seed-store';
import {
	asb,
	burglary,
	fire,
	onTime,
	partnershipStore
} from '../../../tests/support/partnership-store';
import type { Connector } from '../db/connector';
import { listMonths, monthNumberOf } from '../periods/month';
import { loadOverview } from './load-overview';

let db: Connector;
beforeAll(async () => {
	db = await partnershipStore();
	await seedMonths({
		db,
		source: 'lfb',
		area: 'Camden',
		months: { '2021-04': { Fire: 9 } },
		firstId: 500
	});
	const mopac = {
		'2020-04': { 'THEFT / SHOPLIFTING': 7, 'BURGLARY / DOMESTIC': 2 },
		'2021-04': { 'THEFT / SHOPLIFTING': 5 }
	};
	await seedMonths({ db, source: 'mopac', area: 'Camden', months: mopac, firstId: 600 });
});
afterAll(() => db.close());

const sum = (months: string[], f: (m: string) => number) => months.reduce((t, m) => t + f(m), 0);
const fy = (start: string, end: string) => listMonths({ start, end });
const crime = (m: string) => burglary(m) + (monthNumberOf(m) % 3) + 1;
const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;
const figures = (o: Awaited<ReturnType<typeof loadOverview>>) =>
	o.sections!.map((s) => [
		s.key,
		s.area,
		s.comparison?.rows.map((r) => [r.key, r.comparison.now, r.comparison.then]) ??
			s.measures!.rows.map((r) => [r.key, r.now, r.then])
	]);

describe('loadOverview sections', () => {
	it('shows crime without ASB, ASB, fire and measures of the partnership with most data, for FY2021-22', async () => {
		const o = await loadOverview({ db, period: 'FY2021-22' });
		const [now, then] = [fy('2021-04', '2022-03'), fy('2020-04', '2021-03')];
		expect([o.area, o.areas, o.synthetic, o.series?.source]).toEqual([
			'City of London',
			['Camden', 'City of London'],
			false,
			'police-street'
		]);
		expect(figures(o)).toEqual([
			[
				'crime',
				'City of London Police',
				[
					['All crime', sum(now, crime), sum(then, crime)],
					['Burglary', sum(now, burglary), sum(then, burglary)],
					['Drugs', sum(now, (m) => monthNumberOf(m) % 3), sum(then, (m) => monthNumberOf(m) % 3)],
					['Robbery', 12, 12],
					['group:acquisitive crime', sum(now, burglary) + 12, sum(then, burglary) + 12]
				]
			],
			['asb', 'City of London Police', [['Anti-social behaviour', sum(now, asb), sum(then, asb)]]],
			[
				'fire',
				'City of London',
				[
					['All incidents', sum(now, fire) + 168, sum(then, fire) + 168],
					['Fire', sum(now, fire), sum(then, fire)],
					['Special Service', 48, 48],
					['False Alarm', 120, 120]
				]
			],
			[
				'measures',
				'City of London',
				[
					['Cases supervised', 90 * 12 + 78, 90 * 12 + 78],
					['Reoffending rate', mean([21.4, 21.7, 22, 22.1]), mean([20.4, 20.7, 21, 21.1])],
					['Reports delivered on the day', mean(now.map(onTime)), mean(then.map(onTime))]
				]
			]
		]);
		expect(o.sections!.map((s) => s.ownTotal)).toEqual([null, null, null, null]);
		expect(o.sections![1]!.comparison!.breaks.map((b) => b.text)).toEqual([
			'ASB reporting method changed in January 2021'
		]);
		expect(o.sections![0]!.comparison!.breaks).toEqual([]);
		expect(o.sections![2]!.narrative).toEqual([o.sections![2]!.comparison!.rows[0]!.narrative]);
	});

	it('gives the year its own total when only January–March of the base has data, and says so', async () => {
		const o = await loadOverview({ db, period: 'FY2020-21' });
		const crimeSection = o.sections![0]!;
		expect(crimeSection.comparison!.comparedLabel).toBe(
			'January–March 2021 compared with January–March 2020'
		);
		expect(crimeSection.ownTotal).toEqual({
			label: '2020-21: 12 of 12 months with data',
			value: sum(fy('2020-04', '2021-03'), crime),
			months: 12,
			of: 12
		});
		expect(crimeSection.narrative[1]).toBe(
			`Only January–March 2021 can be compared with January–March 2020, the months both periods have data for; All crime (excluding ASB) in 2020-21 as a whole (12 of 12 months with data) was ${sum(fy('2020-04', '2021-03'), crime).toLocaleString('en-GB')}.`
		);
		expect(o.sections!.find((s) => s.key === 'fire')!.ownTotal).toBeNull();
	});

	it('draws 24 months ending at the period, gaps as null', async () => {
		const o = await loadOverview({ db, period: 'FY2020-21' });
		const spark = o.sections![0]!.sparks['All crime']!;
		expect([spark.length, spark[0], spark.at(-1)]).toEqual([
			24,
			{ month: '2019-04', value: null },
			{ month: '2021-03', value: crime('2021-03') }
		]);
		expect(spark.filter((p) => p.value === null).map((p) => p.month)).toEqual(
			fy('2019-04', '2019-12')
		);
		const rate = o.sections![3]!.sparks['Reoffending rate']!;
		expect(rate.filter((p) => p.value !== null).map((p) => p.month)).toEqual([
			'2020-06',
			'2020-09',
			'2020-12',
			'2021-03'
		]);
	});
});
