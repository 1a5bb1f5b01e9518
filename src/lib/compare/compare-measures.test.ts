import { describe, expect, it } from 'vitest';
import type { MeasureValueRow } from '../db/sql/measure-values-sql';
import { listMonths, monthNumberOf } from '../periods/month';
import { parsePeriod } from '../periods/parse-period';
import { compareMeasures } from './compare-measures';

const monthly = (
	measure: string,
	start: string,
	end: string,
	value: (m: string) => number,
	extra: Partial<MeasureValueRow> = {}
): MeasureValueRow[] =>
	listMonths({ start, end }).map((m) => ({
		source: 'measures',
		area: 'City',
		measure,
		period: m,
		start: m,
		end: m,
		value: value(m),
		unit: 'percent',
		target: 60,
		direction: 'up',
		...extra
	}));
const quarter = (start: string, end: string, value: number): MeasureValueRow => ({
	...monthly('Reoffending rate', start, start, () => value, {
		unit: 'rate',
		target: 20,
		direction: 'down'
	})[0]!,
	period: start,
	end
});
const compare = (rows: MeasureValueRow[], token: string, latestMonth?: string) =>
	compareMeasures({
		rows,
		source: 'measures',
		area: 'City',
		period: parsePeriod(token),
		latestMonth
	}).rows[0]!;
// 2020-21 averages 76.0 (70 + month number … rounded), 2021-22 one point up each month.
const onTime = [
	...monthly('On time', '2020-04', '2021-03', (m) => 69.5 + monthNumberOf(m)),
	...monthly('On time', '2021-04', '2022-03', (m) => 73.7 + monthNumberOf(m))
];

describe('compareMeasures', () => {
	it.each([
		[
			'a full year of percentages: means, points, target',
			onTime,
			'FY2021-22',
			undefined,
			[80.2, 76, '+4.2 pts', 'n/a', 'better', 'mean of 12 months', 'green'],
			'On time averaged 80.2% in 2021-22 against 76.0% in 2020-21, up 4.2 points; the target is 60% (on target).'
		],
		[
			'a count with a month missing in the base: like for like',
			[
				...monthly('Cases', '2020-04', '2021-03', () => 10, {
					unit: 'count',
					target: null,
					direction: 'down'
				}).filter((r) => r.start !== '2020-06'),
				...monthly('Cases', '2021-04', '2022-03', () => 9, {
					unit: 'count',
					target: null,
					direction: 'down'
				})
			],
			'FY2021-22',
			undefined,
			[99, 110, '-11', '-10.0%', 'better', 'sum of 11 months', null],
			'Cases totalled 99 in 11 of the 12 months of 2021-22 against 110 in the same months of 2020-21, down 11 (-10.0%); no data for June 2020, which is left out with the month it pairs with.'
		],
		[
			'quarterly rates: mean of quarters, % change, amber within 5% of the target',
			[
				quarter('2020-04', '2020-06', 20),
				quarter('2020-07', '2020-09', 22),
				quarter('2021-04', '2021-06', 21),
				quarter('2021-07', '2021-09', 20.8)
			],
			'2021-04..2021-09',
			undefined,
			[20.9, 21, '-0.1', '-0.5%', 'better', 'mean of 2 quarters', 'amber'],
			'Reoffending rate averaged 20.9 in April–September 2021 against 21.0 in April–September 2020, down 0.1 (-0.5%); the target is 20 (close to target).'
		]
	] as const)('%s', (_, rows, token, latest, figures, sentence) => {
		const r = compare([...rows], token, latest);
		expect([
			r.now,
			r.then,
			r.changeLabel,
			r.pctLabel,
			r.status,
			r.basisLabel,
			r.evaluation?.rag ?? null
		]).toEqual(figures);
		expect(r.narrative).toBe(sentence);
	});

	it.each([
		[57, 'close', 'amber'],
		[54.9, 'off target', 'red'],
		[60, 'on target', 'green']
	])(
		'a percent of %s against 60 (up is good) is %s (%s): amber within 5 points',
		(value, status, rag) => {
			const rows = [
				...monthly('On time', '2020-04', '2020-04', () => 50),
				...monthly('On time', '2021-04', '2021-04', () => value)
			];
			expect([
				compare(rows, '2021-04').evaluation?.status,
				compare(rows, '2021-04').evaluation?.rag
			]).toEqual([status, rag]);
		}
	);

	it('a year in progress compares the months it has and says so', () => {
		const rows = onTime.filter((r) => r.start <= '2021-09');
		const r = compare(rows, 'FY2021-22', '2021-09');
		expect([r.basisLabel, r.complete, r.missing.now.length]).toEqual([
			'mean of 6 months',
			false,
			6
		]);
		expect(r.narrative).toBe(
			'On time averaged 80.2% in April–September 2021 against 76.0% in April–September 2020, up 4.2 points; 2021-22 is not yet complete; the target is 60% (on target).'
		);
	});

	it('a base with no value at all shows the period alone', () => {
		const r = compare(onTime, 'FY2020-21');
		expect([r.now, r.then, r.change, r.changeLabel]).toEqual([76, null, null, 'n/a']);
		expect(r.narrative).toBe(
			'On time averaged 76.0% in 2020-21; there is no figure for 2019-20 to compare with; the target is 60% (on target).'
		);
	});
});
