import { countMonths, indexToMonth, listMonths, monthToIndex, type MonthRange } from './month';
import type { Period } from './period';

const APRIL = 3;

function yearStartIndex(year: number, what: string): number {
	if (!Number.isInteger(year)) throw new Error(`Invalid ${what} ${year}: expected a whole year`);
	return year * 12;
}

function quarterOffset(quarter: number): number {
	if (![1, 2, 3, 4].includes(quarter)) throw new Error(`Invalid quarter ${quarter}: expected 1–4`);
	return (quarter - 1) * 3;
}

function indexRange(period: Period): [number, number] {
	switch (period.kind) {
		case 'month': {
			const index = monthToIndex(period.month);
			return [index, index];
		}
		case 'calendar-quarter': {
			const start = yearStartIndex(period.year, 'year') + quarterOffset(period.quarter);
			return [start, start + 2];
		}
		case 'fy-quarter': {
			const fyStart = yearStartIndex(period.startYear, 'financial year start') + APRIL;
			const start = fyStart + quarterOffset(period.quarter);
			return [start, start + 2];
		}
		case 'financial-year': {
			const start = yearStartIndex(period.startYear, 'financial year start') + APRIL;
			return [start, start + 11];
		}
		case 'calendar-year': {
			const start = yearStartIndex(period.year, 'year');
			return [start, start + 11];
		}
		case 'rolling-12': {
			const end = monthToIndex(period.end);
			return [end - 11, end];
		}
		case 'ytd-calendar': {
			const end = monthToIndex(period.end);
			return [end - (end % 12), end];
		}
		case 'ytd-financial': {
			const end = monthToIndex(period.end);
			return [end - ((end - APRIL + 12) % 12), end];
		}
		case 'custom': {
			const start = monthToIndex(period.start);
			const end = monthToIndex(period.end);
			if (end < start) {
				throw new Error(
					`Invalid custom period ${period.start}..${period.end}: end is before start`
				);
			}
			return [start, end];
		}
	}
}

/** First and last month of a period, inclusive; throws on an invalid period. @example resolvePeriod({ kind: 'financial-year', startYear: 2020 }) // { start: '2020-04', end: '2021-03' } */
export function resolvePeriod(period: Period): MonthRange {
	const [start, end] = indexRange(period);
	return { start: indexToMonth(start), end: indexToMonth(end) };
}

/** Every month of a period, oldest first. @example periodMonths({ kind: 'calendar-quarter', year: 2021, quarter: 2 }) // ['2021-04', '2021-05', '2021-06'] */
export function periodMonths(period: Period): string[] {
	return listMonths(resolvePeriod(period));
}

/** Number of months in a period. @example periodLength({ kind: 'ytd-financial', end: '2021-05' }) // 2 */
export function periodLength(period: Period): number {
	return countMonths(resolvePeriod(period));
}
