import { PERIOD_KINDS, type PeriodKind } from '../periods/period';
import type { MonthAnchoredKind } from '../periods/period-containing';
import { periodsEnding, type PeriodOption } from '../periods/periods-ending';

/** The name of each period kind, as pickers offer it and table titles show it. */
export const PERIOD_KIND_NAMES: Record<PeriodKind, string> = {
	month: 'Month',
	'calendar-quarter': 'Calendar quarter',
	'fy-quarter': 'Financial-year quarter',
	'financial-year': 'Financial year',
	'calendar-year': 'Calendar year',
	'rolling-12': 'Rolling 12 months',
	'ytd-calendar': 'Calendar year to date',
	'ytd-financial': 'Financial year to date',
	custom: 'Chosen months'
};

/** The period kinds offered in pickers, in their usual order, with their names. */
export const PICKER_KINDS: ReadonlyArray<[MonthAnchoredKind, string]> = PERIOD_KINDS.filter(
	(kind): kind is MonthAnchoredKind => kind !== 'custom'
).map((kind) => [kind, PERIOD_KIND_NAMES[kind]]);

/** What the overview's pickers offer: periods of each kind overlapping the data, and bases. */
export interface PeriodChoices {
	kinds: { kind: MonthAnchoredKind; label: string; options: PeriodOption[] }[];
	/** `vs` values besides an explicit period token of the same length. */
	vs: { value: 'yoy' | 'previous'; label: string }[];
}

/**
 * The choices for period pickers over the months with data, newest first per kind.
 * @example periodChoices({ first: '2016-04', last: '2022-03' }).kinds[3].options[0].token // 'FY2021-22'
 */
export function periodChoices(opts: { first: string; last: string }): PeriodChoices {
	return {
		kinds: PICKER_KINDS.map(([kind, label]) => ({
			kind,
			label,
			options: periodsEnding({ kind, latest: opts.last, earliest: opts.first })
		})),
		vs: [
			{ value: 'yoy', label: 'A year earlier' },
			{ value: 'previous', label: 'Previous period' }
		]
	};
}
