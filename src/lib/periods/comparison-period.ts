import { addMonths, monthToIndex, indexToMonth } from './month';
import type { Period, Quarter } from './period';
import { labelPeriod } from './label-period';
import { periodLength, resolvePeriod } from './resolve-period';

/**
 * What to compare a period with: `'yoy'` the same period a year earlier; `'previous'` the period of
 * the same kind and length just before it; or an explicit period of equal length.
 */
export type ComparisonBasis = 'yoy' | 'previous' | Period;

function yearEarlier(period: Period): Period {
	switch (period.kind) {
		case 'month':
			return { kind: 'month', month: addMonths(period.month, -12) };
		case 'calendar-quarter':
		case 'calendar-year':
			return { ...period, year: period.year - 1 };
		case 'fy-quarter':
		case 'financial-year':
			return { ...period, startYear: period.startYear - 1 };
		case 'rolling-12':
		case 'ytd-calendar':
		case 'ytd-financial':
			return { ...period, end: addMonths(period.end, -12) };
		case 'custom':
			return {
				kind: 'custom',
				start: addMonths(period.start, -12),
				end: addMonths(period.end, -12)
			};
	}
}

function quarterBefore(year: number, quarter: Quarter): [number, Quarter] {
	return quarter === 1 ? [year - 1, 4] : [year, (quarter - 1) as Quarter];
}

function periodBefore(period: Period): Period {
	switch (period.kind) {
		case 'month':
			return { kind: 'month', month: addMonths(period.month, -1) };
		case 'calendar-quarter': {
			const [year, quarter] = quarterBefore(period.year, period.quarter);
			return { kind: 'calendar-quarter', year, quarter };
		}
		case 'fy-quarter': {
			const [startYear, quarter] = quarterBefore(period.startYear, period.quarter);
			return { kind: 'fy-quarter', startYear, quarter };
		}
		case 'custom': {
			const { start, end } = resolvePeriod(period);
			const length = monthToIndex(end) - monthToIndex(start) + 1;
			return {
				kind: 'custom',
				start: indexToMonth(monthToIndex(start) - length),
				end: indexToMonth(monthToIndex(start) - 1)
			};
		}
		default:
			// Years and rolling years: the previous one is a year earlier. Years to date: the only
			// earlier period of the same kind and length is the same months of the year before.
			return yearEarlier(period);
	}
}

/**
 * The base period to compare a period with. Throws when an explicit base differs in length.
 * @example comparisonPeriod({ period: { kind: 'month', month: '2021-06' }, vs: 'previous' }) // { kind: 'month', month: '2021-05' }
 */
export function comparisonPeriod({ period, vs }: { period: Period; vs: ComparisonBasis }): Period {
	resolvePeriod(period);
	if (vs === 'yoy') return yearEarlier(period);
	if (vs === 'previous') return periodBefore(period);
	const length = periodLength(period);
	const baseLength = periodLength(vs);
	if (length !== baseLength) {
		throw new Error(
			`Cannot compare ${labelPeriod(period)} (${length} months) with ${labelPeriod(vs)} ` +
				`(${baseLength} months): a comparison needs two periods of the same length`
		);
	}
	return vs;
}
