import type { MonthRange } from '../periods/month';
import type { Period } from '../periods/period';
import type { CountComparison } from '../stats/compareCounts';

/** One line of a comparison table: a category, a group or a total. */
export interface ComparisonRow {
	key: string;
	label: string;
	kind: 'total' | 'category' | 'group';
	comparison: CountComparison;
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
	/** What was actually compared, e.g. "April–May 2021 against April–May 2020". */
	comparedLabel: string;
	/** The ranges actually compared when they are contiguous; null when nothing could be compared. */
	comparedRange: { now: MonthRange; then: MonthRange } | null;
	rows: ComparisonRow[];
}
