import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPeriod } from '../../../tests/support/arbitrary-period';
import { formatPeriodToken } from './format-period-token';
import { parsePeriod } from './parse-period';
import type { Period } from './period';

const TOKENS: [string, Period][] = [
	['2021-06', { kind: 'month', month: '2021-06' }],
	['2011-12', { kind: 'month', month: '2011-12' }],
	['2021-Q2', { kind: 'calendar-quarter', year: 2021, quarter: 2 }],
	['FY2020-21', { kind: 'financial-year', startYear: 2020 }],
	['FY1999-00', { kind: 'financial-year', startYear: 1999 }],
	['FY2021-22:Q1', { kind: 'fy-quarter', startYear: 2021, quarter: 1 }],
	['YE2021-03', { kind: 'rolling-12', end: '2021-03' }],
	['2021', { kind: 'calendar-year', year: 2021 }],
	['YTD2021-05', { kind: 'ytd-calendar', end: '2021-05' }],
	['FYTD2021-05', { kind: 'ytd-financial', end: '2021-05' }],
	['2021-04..2021-06', { kind: 'custom', start: '2021-04', end: '2021-06' }]
];

describe('parsePeriod and formatPeriodToken', () => {
	it.each(TOKENS)('%s ⇄ %j', (token, period) => {
		expect(parsePeriod(token)).toEqual(period);
		expect(formatPeriodToken(period)).toBe(token);
	});

	it.each([
		[' fy2020-21 ', { kind: 'financial-year', startYear: 2020 }],
		['2021-q2', { kind: 'calendar-quarter', year: 2021, quarter: 2 }],
		['fytd2021-05', { kind: 'ytd-financial', end: '2021-05' }]
	])('accepts %j in any case with spaces around', (token, period) => {
		expect(parsePeriod(token)).toEqual(period);
	});

	it.each([
		['2021-13', /month 2021-13 must be YYYY-MM/],
		['FY2020-22', /runs into the next year: FY2020-21/],
		['FY2020-21:Q5', /not a recognised period/],
		['2021-Q0', /not a recognised period/],
		['2021-06..2021-04', /end is before start/],
		['2017/18', /not a recognised period/],
		['', /not a recognised period/],
		['June 2021', /not a recognised period/],
		['0999', /year 0999 must be 1000–9999/],
		['YE2021-00', /must be YYYY-MM/]
	])('rejects %j with a message listing the syntaxes', (token, reason) => {
		expect(() => parsePeriod(token)).toThrow(reason);
		expect(() => parsePeriod(token)).toThrow(/Expected one of: 2021-06 \(month\);.*FYTD2021-05/);
	});

	it('round-trips every period through its token', () => {
		fc.assert(
			fc.property(arbitraryPeriod, (period) => {
				expect(parsePeriod(formatPeriodToken(period))).toEqual(period);
			}),
			{ numRuns: 2000 }
		);
	});
});
