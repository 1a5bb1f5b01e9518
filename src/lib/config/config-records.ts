import type { Target } from '../stats/target';

/** A change in recording practice: figures before `month` and from it on are not like for like. */
export interface BreakRecord {
	source: string;
	/** null: every category of the source. */
	category: string | null;
	/** First month of the new practice, `YYYY-MM`. */
	month: string;
	note: string;
}

/** One category's membership of a named group, e.g. Burglary in "acquisitive crime". */
export interface GroupMember {
	source: string;
	group: string;
	category: string;
}

/** A rate denominator: a named population of an area in a year. */
export interface PopulationRecord {
	area: string;
	year: number;
	/** e.g. "residents", "workday population". */
	population: string;
	value: number;
}

/**
 * A target for one row of a comparison. `category` is a row key: a category, "All crime" or
 * `group:<name>`. `period` is a period token or "any". `value` is the figure of a threshold or the
 * percent of a change on a baseline; `baseline` is "base" (the comparison's base period) or a token.
 */
export interface TargetRecord {
	source: string;
	/** null: every area of the source. */
	area: string | null;
	category: string;
	period: string;
	kind: Target['kind'];
	value: number | null;
	baseline: string | null;
	/** How far short still counts as "close", in counts; null for the default (5% of the goal). */
	closeMargin: number | null;
	note: string | null;
}
