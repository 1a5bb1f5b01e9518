import fc from 'fast-check';
import { indexToMonth } from '../../src/lib/periods/month';
import type { Period, Quarter } from '../../src/lib/periods/period';

/** Test support only: a fast-check generator of valid months in 1990–2090. */
export const arbitraryMonth = fc.integer({ min: 1990 * 12, max: 2090 * 12 + 11 }).map(indexToMonth);

const year = fc.integer({ min: 1990, max: 2090 });
const quarter = fc.constantFrom<Quarter>(1, 2, 3, 4);

/** Test support only: a fast-check generator of valid periods of every kind. */
export const arbitraryPeriod: fc.Arbitrary<Period> = fc.oneof(
	arbitraryMonth.map((month): Period => ({ kind: 'month', month })),
	fc.record({ year, quarter }).map((p): Period => ({ kind: 'calendar-quarter', ...p })),
	fc.record({ startYear: year, quarter }).map((p): Period => ({ kind: 'fy-quarter', ...p })),
	year.map((startYear): Period => ({ kind: 'financial-year', startYear })),
	year.map((y): Period => ({ kind: 'calendar-year', year: y })),
	arbitraryMonth.map((end): Period => ({ kind: 'rolling-12', end })),
	arbitraryMonth.map((end): Period => ({ kind: 'ytd-calendar', end })),
	arbitraryMonth.map((end): Period => ({ kind: 'ytd-financial', end })),
	fc
		.tuple(fc.integer({ min: 1990 * 12, max: 2080 * 12 }), fc.integer({ min: 0, max: 60 }))
		.map(([start, extra]): Period => ({
			kind: 'custom',
			start: indexToMonth(start),
			end: indexToMonth(start + extra)
		}))
);
