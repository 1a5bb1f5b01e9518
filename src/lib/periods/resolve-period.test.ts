import { describe, expect, it } from 'vitest';
import type { Period } from './period';
import { periodLength, periodMonths, resolvePeriod } from './resolve-period';

describe('resolvePeriod', () => {
	it.each<[Period, string, string, number]>([
		[{ kind: 'month', month: '2021-06' }, '2021-06', '2021-06', 1],
		[{ kind: 'calendar-quarter', year: 2021, quarter: 1 }, '2021-01', '2021-03', 3],
		[{ kind: 'calendar-quarter', year: 2021, quarter: 4 }, '2021-10', '2021-12', 3],
		[{ kind: 'fy-quarter', startYear: 2021, quarter: 1 }, '2021-04', '2021-06', 3],
		[{ kind: 'fy-quarter', startYear: 2021, quarter: 3 }, '2021-10', '2021-12', 3],
		[{ kind: 'fy-quarter', startYear: 2021, quarter: 4 }, '2022-01', '2022-03', 3],
		[{ kind: 'financial-year', startYear: 2020 }, '2020-04', '2021-03', 12],
		[{ kind: 'calendar-year', year: 2021 }, '2021-01', '2021-12', 12],
		[{ kind: 'rolling-12', end: '2021-03' }, '2020-04', '2021-03', 12],
		[{ kind: 'rolling-12', end: '2021-12' }, '2021-01', '2021-12', 12],
		[{ kind: 'ytd-calendar', end: '2021-05' }, '2021-01', '2021-05', 5],
		[{ kind: 'ytd-calendar', end: '2021-01' }, '2021-01', '2021-01', 1],
		[{ kind: 'ytd-financial', end: '2021-05' }, '2021-04', '2021-05', 2],
		[{ kind: 'ytd-financial', end: '2021-04' }, '2021-04', '2021-04', 1],
		[{ kind: 'ytd-financial', end: '2022-03' }, '2021-04', '2022-03', 12],
		[{ kind: 'ytd-financial', end: '2022-01' }, '2021-04', '2022-01', 10],
		[{ kind: 'custom', start: '2020-11', end: '2021-01' }, '2020-11', '2021-01', 3]
	])('%j is %s..%s (%i months)', (period, start, end, length) => {
		expect(resolvePeriod(period)).toEqual({ start, end });
		expect(periodLength(period)).toBe(length);
		const months = periodMonths(period);
		expect(months).toHaveLength(length);
		expect(months[0]).toBe(start);
		expect(months.at(-1)).toBe(end);
	});

	it.each<[unknown, RegExp]>([
		[{ kind: 'custom', start: '2021-06', end: '2021-04' }, /end is before start/],
		[{ kind: 'month', month: '2021-13' }, /expected YYYY-MM/],
		[{ kind: 'calendar-quarter', year: 2021, quarter: 5 }, /expected 1–4/],
		[{ kind: 'financial-year', startYear: 2020.5 }, /whole year/]
	])('rejects %j', (period, message) => {
		expect(() => resolvePeriod(period as Period)).toThrow(message);
	});
});
