import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPeriod } from '../../../tests/support/arbitrary-period';
import { comparisonPeriod } from './comparison-period';
import { addMonths } from './month';
import { parsePeriod } from './parse-period';
import { formatPeriodToken } from './format-period-token';
import { periodLength, resolvePeriod } from './resolve-period';

const base = (token: string, vs: 'yoy' | 'previous') =>
	formatPeriodToken(comparisonPeriod({ period: parsePeriod(token), vs }));

describe('comparisonPeriod', () => {
	it.each([
		['2021-06', '2020-06', '2021-05'],
		['2021-01', '2020-01', '2020-12'],
		['2021-Q1', '2020-Q1', '2020-Q4'],
		['2021-Q3', '2020-Q3', '2021-Q2'],
		['FY2021-22:Q1', 'FY2020-21:Q1', 'FY2020-21:Q4'],
		['FY2021-22:Q2', 'FY2020-21:Q2', 'FY2021-22:Q1'],
		['FY2020-21', 'FY2019-20', 'FY2019-20'],
		['2021', '2020', '2020'],
		['YE2021-03', 'YE2020-03', 'YE2020-03'],
		['YTD2021-05', 'YTD2020-05', 'YTD2020-05'],
		['FYTD2021-05', 'FYTD2020-05', 'FYTD2020-05'],
		['2021-04..2021-06', '2020-04..2020-06', '2021-01..2021-03'],
		['2020-11..2021-01', '2019-11..2020-01', '2020-08..2020-10']
	])('%s: year on year %s, previous %s', (token, yoy, previous) => {
		expect(base(token, 'yoy')).toBe(yoy);
		expect(base(token, 'previous')).toBe(previous);
	});

	it('accepts an explicit base of equal length', () => {
		const period = parsePeriod('FY2021-22:Q1');
		const vs = parsePeriod('2019-04..2019-06');
		expect(comparisonPeriod({ period, vs })).toEqual(vs);
	});

	it('refuses an explicit base of a different length, naming both', () => {
		expect(() =>
			comparisonPeriod({ period: parsePeriod('FY2020-21'), vs: parsePeriod('2013-Q1') })
		).toThrow('Cannot compare 2020-21 (12 months) with January–March 2013 (3 months)');
	});

	it('year on year: same kind, same length, 12 months earlier', () => {
		fc.assert(
			fc.property(arbitraryPeriod, (period) => {
				const earlier = comparisonPeriod({ period, vs: 'yoy' });
				const now = resolvePeriod(period);
				expect(earlier.kind).toBe(period.kind);
				expect(periodLength(earlier)).toBe(periodLength(period));
				expect(resolvePeriod(earlier)).toEqual({
					start: addMonths(now.start, -12),
					end: addMonths(now.end, -12)
				});
			}),
			{ numRuns: 2000 }
		);
	});

	it('previous: same kind and length, ending before the period starts', () => {
		fc.assert(
			fc.property(arbitraryPeriod, (period) => {
				const before = comparisonPeriod({ period, vs: 'previous' });
				expect(before.kind).toBe(period.kind);
				expect(periodLength(before)).toBe(periodLength(period));
				expect(resolvePeriod(before).end < resolvePeriod(period).start).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});
});
