import type { TargetRecord } from '../config/config-records';
import type { ComparisonRow } from '../compare/comparison';
import type { MeasureRow } from '../compare/measure-comparison';
import type { Direction } from '../stats/direction';
import type { Unit } from '../stats/format-value';
import type { MethodBreak, MonthValue } from '../series/month-value';

/** One row's full history for a series page: a category, a group, a total or a partner measure. */
export interface SeriesData {
	source: string;
	area: string;
	/** A category, `group:<name>`, `<category>: <kind>`, a total ('All crime', 'All incidents') or a measure's name. */
	key: string;
	label: string;
	kind: 'total' | 'category' | 'group' | 'subcategory' | 'measure';
	/** The categories the row adds up (a measure: itself). */
	members: string[];
	unit: Unit;
	direction: Direction;
	/** Every month from the first to the last with data, gaps as null (never 0). */
	months: MonthValue[];
	/** Methodology breaks concerning the row, oldest first. */
	breaks: MethodBreak[];
	/** A measure's latest target; null for counts (see `targetRecord`) and measures without one. */
	target: number | null;
	/** The count row's target for the chosen period, as configured; null when none applies. */
	targetRecord: TargetRecord | null;
	/** The chosen period against its base ('yoy' unless `vs` says), when a period was asked for. */
	comparison: ComparisonRow | null;
	measure: MeasureRow | null;
	/** e.g. "2021-22 compared with 2020-21"; null without a period. */
	comparedLabel: string | null;
	period: string | null;
	vs: string | null;
	/** Every upload in the store is one of the bundled synthetic sample files. */
	synthetic: boolean;
	first: string | null;
	last: string | null;
}

/** A series page asked for a source, area or row the store does not hold (a 404, not a 500). */
export class UnknownSeriesError extends Error {
	readonly status = 404;
	constructor(message: string) {
		super(message);
		this.name = 'UnknownSeriesError';
	}
}
