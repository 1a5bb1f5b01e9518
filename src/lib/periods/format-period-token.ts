import type { Period } from './period';
import { resolvePeriod } from './resolve-period';
import { labelFinancialYear } from './label-period';

/**
 * The canonical token for a period, safe in URLs and CLI flags; `parsePeriod` reads it back.
 * @example formatPeriodToken({ kind: 'fy-quarter', startYear: 2021, quarter: 1 }) // 'FY2021-22:Q1'
 */
export function formatPeriodToken(period: Period): string {
	resolvePeriod(period);
	switch (period.kind) {
		case 'month':
			return period.month;
		case 'calendar-quarter':
			return `${period.year}-Q${period.quarter}`;
		case 'fy-quarter':
			return `FY${labelFinancialYear(period.startYear)}:Q${period.quarter}`;
		case 'financial-year':
			return `FY${labelFinancialYear(period.startYear)}`;
		case 'calendar-year':
			return String(period.year);
		case 'rolling-12':
			return `YE${period.end}`;
		case 'ytd-calendar':
			return `YTD${period.end}`;
		case 'ytd-financial':
			return `FYTD${period.end}`;
		case 'custom':
			return `${period.start}..${period.end}`;
	}
}
