import type { Period } from '../periods/period';
import type { Direction } from '../stats/direction';
import type { TargetEvaluation } from '../stats/evaluate-target';
import type { Unit } from '../stats/format-value';

/** One partner measure, now against then, with its target. */
export interface MeasureRow {
	/** The measure's name, also its row key. */
	key: string;
	label: string;
	unit: Unit;
	direction: Direction;
	/** The figure over the compared months: a sum for counts, a mean for percent and rate; null when none. */
	now: number | null;
	then: number | null;
	basis: 'sum' | 'mean';
	/** How the figure is made, e.g. "mean of 12 months", "sum of 4 quarters". */
	basisLabel: string;
	/** now − then (percentage points for percent); null unless both figures exist. */
	change: number | null;
	/** e.g. "+4.2 pts", "-50", "+0.3"; "n/a" without both figures. */
	changeLabel: string;
	/** % change for counts and rates; null for percent measures and when the base is 0. */
	pct: number | null;
	/** e.g. "+12.0%"; "n/a" where `pct` is null. */
	pctLabel: string;
	status: 'better' | 'worse' | 'no change' | null;
	/** The figure to reach over the compared months (counts: the sum of the monthly targets). */
	target: number | null;
	/** Green on target, Amber close (within 5 points for percent, 5% of the target otherwise), Red off. */
	evaluation: TargetEvaluation | null;
	/** Months each side actually counts: pairs where both sides have a value. */
	compared: { now: string[]; then: string[] };
	/** Months of each period with no value. */
	missing: { now: string[]; then: string[] };
	complete: boolean;
	/** One plain-English sentence. */
	narrative: string;
}

/** Every partner measure of an area for a period against its base. */
export interface MeasureComparison {
	source: string;
	area: string;
	period: Period;
	base: Period;
	periodLabel: string;
	baseLabel: string;
	rows: MeasureRow[];
}
