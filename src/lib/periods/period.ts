/** A quarter number: for calendar quarters Q1 = January–March, for financial-year quarters Q1 = April–June. */
export type Quarter = 1 | 2 | 3 | 4;

/**
 * A reporting period. Months are `YYYY-MM`; a financial year is named by the calendar year its
 * April falls in (`startYear: 2020` is 2020-21). Resolve one to months with `resolvePeriod`.
 * @example const q: Period = { kind: 'fy-quarter', startYear: 2021, quarter: 1 }; // April–June 2021
 */
export type Period =
	| { kind: 'month'; month: string }
	| { kind: 'calendar-quarter'; year: number; quarter: Quarter }
	| { kind: 'fy-quarter'; startYear: number; quarter: Quarter }
	| { kind: 'financial-year'; startYear: number }
	| { kind: 'calendar-year'; year: number }
	| {
			kind: 'rolling-12';
			/** Last of the 12 months ("year ending March 2021"). */
			end: string;
	  }
	| {
			kind: 'ytd-calendar';
			/** Last month; the period starts in the January before it. */
			end: string;
	  }
	| {
			kind: 'ytd-financial';
			/** Last month; the period starts in the April before it (or at it). */
			end: string;
	  }
	| {
			kind: 'custom';
			/** First month, inclusive. */
			start: string;
			/** Last month, inclusive. */
			end: string;
	  };

/** The kind of a period, e.g. `'financial-year'`. */
export type PeriodKind = Period['kind'];

/** The period type for one kind. @example const fy: PeriodOfKind<'financial-year'> = { kind: 'financial-year', startYear: 2020 }; */
export type PeriodOfKind<K extends PeriodKind> = Extract<Period, { kind: K }>;

/** Every period kind, in the order pickers usually offer them. */
export const PERIOD_KINDS: readonly PeriodKind[] = [
	'month',
	'calendar-quarter',
	'fy-quarter',
	'financial-year',
	'calendar-year',
	'rolling-12',
	'ytd-calendar',
	'ytd-financial',
	'custom'
];
