import { describe, expect, it } from 'vitest';
import { parsePeriod } from './parse-period';
import { sumPeriod, type MonthlySeries } from './sum-period';

const record = { '2021-04': 3, '2021-05': 0, '2021-06': 4, '2020-04': 5 };

describe('sumPeriod', () => {
	it.each<[MonthlySeries, string, number, string[]]>([
		[record, 'FY2021-22:Q1', 7, []],
		[record, '2021-04..2021-05', 3, []],
		[record, '2020-Q2', 5, ['2020-05', '2020-06']],
		[new Map(Object.entries(record)), 'FY2021-22:Q1', 7, []],
		[new Map(Object.entries(record)), '2021-Q3', 0, ['2021-07', '2021-08', '2021-09']],
		[{}, '2021-06', 0, ['2021-06']]
	])('sums %j over %s', (series, token, total, missing) => {
		expect(sumPeriod({ series, period: parsePeriod(token) })).toEqual({
			total,
			missing,
			complete: missing.length === 0
		});
	});

	it('ignores inherited object keys', () => {
		const series = Object.create({ '2021-06': 99 }) as Record<string, number>;
		expect(sumPeriod({ series, period: parsePeriod('2021-06') }).total).toBe(0);
	});
});
