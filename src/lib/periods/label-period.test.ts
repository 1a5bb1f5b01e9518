import { describe, expect, it } from 'vitest';
import { labelFinancialYear, labelMonthRange, labelPeriod } from './label-period';
import type { Period } from './period';

describe('labelPeriod', () => {
	it.each<[Period, string]>([
		[{ kind: 'month', month: '2017-06' }, 'June 2017'],
		[{ kind: 'calendar-quarter', year: 2017, quarter: 2 }, 'April–June 2017'],
		[{ kind: 'calendar-quarter', year: 2017, quarter: 4 }, 'October–December 2017'],
		[{ kind: 'fy-quarter', startYear: 2017, quarter: 1 }, 'Q1 2017-18 (April–June 2017)'],
		[{ kind: 'fy-quarter', startYear: 2017, quarter: 4 }, 'Q4 2017-18 (January–March 2018)'],
		[{ kind: 'financial-year', startYear: 2017 }, '2017-18'],
		[{ kind: 'financial-year', startYear: 1999 }, '1999-00'],
		[{ kind: 'calendar-year', year: 2021 }, '2021'],
		[{ kind: 'rolling-12', end: '2021-03' }, 'year ending March 2021'],
		[{ kind: 'ytd-calendar', end: '2021-05' }, 'January–May 2021'],
		[{ kind: 'ytd-calendar', end: '2021-01' }, 'January 2021'],
		[{ kind: 'ytd-financial', end: '2021-05' }, 'April–May 2021'],
		[{ kind: 'ytd-financial', end: '2022-02' }, 'April 2021–February 2022'],
		[{ kind: 'custom', start: '2017-04', end: '2017-06' }, 'April–June 2017'],
		[{ kind: 'custom', start: '2020-11', end: '2021-01' }, 'November 2020–January 2021'],
		[{ kind: 'custom', start: '2020-11', end: '2020-11' }, 'November 2020']
	])('%j → %s', (period, label) => {
		expect(labelPeriod(period)).toBe(label);
	});

	it.each([
		[2009, '2009-10'],
		[2020, '2020-21']
	])('labelFinancialYear(%i) is %s', (year, label) => {
		expect(labelFinancialYear(year)).toBe(label);
	});

	it('labels a bare month range', () => {
		expect(labelMonthRange({ start: '2021-04', end: '2021-05' })).toBe('April–May 2021');
	});
});
