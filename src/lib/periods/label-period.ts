import { MONTH_NAMES, monthNumberOf, yearOf, type MonthRange } from './month';
import type { Period } from './period';
import { resolvePeriod } from './resolve-period';

function monthName(month: string): string {
	return MONTH_NAMES[monthNumberOf(month) - 1] ?? month;
}

/** "June 2017". @example labelMonth('2017-06') // 'June 2017' */
export function labelMonth(month: string): string {
	return `${monthName(month)} ${yearOf(month)}`;
}

/** A month range in words, with an en dash. @example labelMonthRange({ start: '2020-11', end: '2021-01' }) // 'November 2020–January 2021' */
export function labelMonthRange({ start, end }: MonthRange): string {
	if (start === end) return labelMonth(start);
	if (yearOf(start) === yearOf(end)) return `${monthName(start)}–${labelMonth(end)}`;
	return `${labelMonth(start)}–${labelMonth(end)}`;
}

/** A financial year as written by UK public bodies. @example labelFinancialYear(2017) // '2017-18' */
export function labelFinancialYear(startYear: number): string {
	return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/**
 * An en-GB label for a period, for headings, tables and sentences (lower case where it would be
 * mid-sentence, e.g. "year ending March 2021").
 * @example labelPeriod({ kind: 'fy-quarter', startYear: 2017, quarter: 1 }) // 'Q1 2017-18 (April–June 2017)'
 */
export function labelPeriod(period: Period): string {
	const range = resolvePeriod(period);
	switch (period.kind) {
		case 'financial-year':
			return labelFinancialYear(period.startYear);
		case 'fy-quarter':
			return `Q${period.quarter} ${labelFinancialYear(period.startYear)} (${labelMonthRange(range)})`;
		case 'calendar-year':
			return String(period.year);
		case 'rolling-12':
			return `year ending ${labelMonth(period.end)}`;
		default:
			return labelMonthRange(range);
	}
}
