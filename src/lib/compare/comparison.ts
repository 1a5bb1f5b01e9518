import type { TargetRecord } from '../config/config-records';
import type { MonthRange } from '../periods/month';
import type { Period } from '../periods/period';
import type { CountComparison } from '../stats/compare-counts';
import type { TargetEvaluation } from '../stats/evaluate-target';
import type { Significance } from '../stats/significance';

/** A methodology break a comparison spans. */
export interface BreakNote {
	/** null: every category of the source. */
	category: string | null;
	/** First month of the new practice, `YYYY-MM`. */
	month: string;
	note: string;
	/** The note with its date, e.g. "ASB reporting method changed in April 2019". */
	text: string;
}

/** The denominators of a rate: a named population, per 1,000, for the years used on each side. */
export interface RateBasis {
	population: string;
	per: number;
	now: { year: number; value: number };
	then: { year: number; value: number };
	/** e.g. "per 1,000 workday population (2021)". */
	label: string;
}

/** A row's counts as rates per 1,000 of the chosen population. */
export interface RowRate {
	now: number;
	then: number;
	comparison: CountComparison;
	/** The basis label, so a rate never appears without its denominator. */
	label: string;
}

/** The target that applies to a row and how the row stands against it. */
export interface RowTarget {
	target: TargetRecord;
	/** null when it cannot be judged yet; `reason` says why. */
	evaluation: TargetEvaluation | null;
	reason: string | null;
}

/** One line of a comparison table: a category, a group or a total. */
export interface ComparisonRow {
	/** A category, "All crime", `group:<name>` for a group, or `<category>: <kind>` for a kind. */
	key: string;
	label: string;
	/** 'subcategory': a kind within a category (LFB: Primary Fire, RTC…), nested under it. */
	kind: 'total' | 'category' | 'group' | 'subcategory';
	/** A kind's category, the row it is nested under. */
	parent?: string;
	/** The categories the row adds up. */
	members: string[];
	comparison: CountComparison;
	/** Exact Poisson test of the two counts; 'within normal variation' when p ≥ 0.05. */
	significance: Significance;
	/** Either count is under the small-numbers threshold. */
	smallNumbers: boolean;
	/** False when the two periods lie on either side of a methodology break for this row. */
	comparable: boolean;
	breaks: BreakNote[];
	/** The break notes in one line, or null. */
	note: string | null;
	rate: RowRate | null;
	target: RowTarget | null;
	/** One plain-English sentence. */
	narrative: string;
}

/** A period against its base for one source and area, honest about missing months. */
export interface Comparison {
	source: string;
	area: string;
	period: Period;
	base: Period;
	periodLabel: string;
	baseLabel: string;
	/** Months in each period. */
	length: number;
	/** Month pairs where both sides have data: the only months counted. */
	compared: { now: string[]; then: string[] };
	/** Months of the period (and of its base) with no data. */
	missing: { now: string[]; then: string[] };
	/** True when every month of both periods has data. */
	complete: boolean;
	/** True when the missing months of the period all come after the latest month with data. */
	inProgress: boolean;
	/** What was actually compared, e.g. "April–May 2021 against April–May 2020". */
	comparedLabel: string;
	/** The ranges actually compared when they are contiguous; null when nothing could be compared. */
	comparedRange: { now: MonthRange; then: MonthRange } | null;
	/** Every break the comparison spans, whichever rows it concerns. */
	breaks: BreakNote[];
	rate: RateBasis | null;
	smallNumberThreshold: number;
	rows: ComparisonRow[];
}

/** A row's figures before significance, breaks, rates, targets and words are added. */
export type CountRow = Pick<ComparisonRow, 'key' | 'label' | 'kind' | 'members' | 'comparison'>;
