import { describe, expect, it } from 'vitest';
import { monthSpine } from './month-spine';
import { yearEarlier } from './year-earlier';

describe('yearEarlier', () => {
	const series = monthSpine({
		first: '2020-02',
		last: '2021-04',
		values: { '2020-02': 30, '2020-03': 37, '2021-02': 35, '2021-03': 42, '2021-04': 40 }
	});
	it.each([
		['2020-03', null],
		['2021-02', 30],
		['2021-03', 37],
		['2021-04', null]
	])('%s: a year earlier is %s', (month, expected) => {
		expect(yearEarlier({ series }).find((p) => p.month === month)?.value).toBe(expected);
	});

	it('keeps the months of the series', () => {
		expect(yearEarlier({ series }).map((p) => p.month)).toEqual(series.map((p) => p.month));
	});
});
