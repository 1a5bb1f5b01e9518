import type { Comparison } from '../compare/comparison';
import type { Series } from '../compare/store-facts';
import type { OverviewSection } from './overview-section';
import type { PeriodChoices } from './period-choices';

/** Everything the overview page shows; the same for the server and the browser engine. */
export interface OverviewData {
	/** The series the pickers and the headline tables follow: the partnership's police data, if any. */
	series: Series | null;
	/** Months with data, newest first, for the month picker. */
	months: string[];
	/** The chosen month, or the last month of the chosen period. */
	month: string | null;
	/** The chosen comparison, then the financial year to date (unless that is the one chosen). */
	tables: Comparison[];
	/** Token of the chosen period, e.g. 'FY2020-21'. */
	period?: string | null;
	/** The base as asked for: 'yoy', 'previous' or a period token. */
	vs?: string;
	/** The chosen comparison (also `tables[0]`). */
	comparison?: Comparison | null;
	/** The financial year to date ending at `month`, against the same months a year earlier. */
	fytd?: Comparison | null;
	/** What the period and base pickers offer. */
	choices?: PeriodChoices | null;
	/** Why the period, base, area or rows asked for could not be used (the defaults were shown instead). */
	problem?: string | null;
	/** Populations a rate can be worked out per 1,000 of, e.g. 'residents'. */
	populations?: string[];
	/** The rows shown: omitted, categories; 'all', the groups. */
	group?: string | null;
	/** The population rates are per 1,000 of, or null for counts only. */
	rate?: string | null;
	/** One section per source of the chosen partnership: crime, asb, fire, measures, others. */
	sections?: OverviewSection[];
	/** The partnerships the store holds (a police force area joined with its borough). */
	areas?: string[];
	/** The chosen partnership. */
	area?: string | null;
	/** Every upload in the store is one of the bundled synthetic sample files. */
	synthetic?: boolean;
}
