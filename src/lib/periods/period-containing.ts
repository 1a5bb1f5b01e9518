import { financialYearStartOf, monthNumberOf, monthToIndex, yearOf } from './month';
import type { PeriodKind, PeriodOfKind, Quarter } from './period';

/** Kinds that can be found from a single month (all but `custom`). */
export type MonthAnchoredKind = Exclude<PeriodKind, 'custom'>;

/**
 * The period of a kind that holds a month; for rolling and to-date kinds, the one ending at it.
 * @example periodContaining({ kind: 'financial-year', month: '2021-02' }) // { kind: 'financial-year', startYear: 2020 }
 */
export function periodContaining<K extends MonthAnchoredKind>({
	kind,
	month
}: {
	kind: K;
	month: string;
}): PeriodOfKind<K> {
	monthToIndex(month);
	const fyStart = financialYearStartOf(month);
	const fyMonth = (monthNumberOf(month) + 8) % 12;
	const byKind: { [Kind in MonthAnchoredKind]: PeriodOfKind<Kind> } = {
		month: { kind: 'month', month },
		'calendar-quarter': {
			kind: 'calendar-quarter',
			year: yearOf(month),
			quarter: (Math.floor((monthNumberOf(month) - 1) / 3) + 1) as Quarter
		},
		'fy-quarter': {
			kind: 'fy-quarter',
			startYear: fyStart,
			quarter: (Math.floor(fyMonth / 3) + 1) as Quarter
		},
		'financial-year': { kind: 'financial-year', startYear: fyStart },
		'calendar-year': { kind: 'calendar-year', year: yearOf(month) },
		'rolling-12': { kind: 'rolling-12', end: month },
		'ytd-calendar': { kind: 'ytd-calendar', end: month },
		'ytd-financial': { kind: 'ytd-financial', end: month }
	};
	return byKind[kind] as PeriodOfKind<K>;
}
