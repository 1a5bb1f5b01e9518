import type { MethodBreak, MonthValue } from '../series/month-value';
import type { Unit } from '../stats/format-value';

/** What every composite chart takes: its words, its monthly figures and how it is drawn. */
export interface ChartProps {
	title: string;
	/** One sentence for the SVG's description. */
	description: string;
	/** Monthly values, oldest first. */
	series: readonly MonthValue[];
	unit?: Unit;
	synthetic?: boolean;
	height?: number;
	/** Width in px before the browser measures it (server render, tests). */
	width?: number;
	/** Show the figures as a table under the chart (in a details element). */
	table?: boolean;
}

/** A chart along a range of months, with a direct label, a target and methodology breaks. */
export interface TimelineChartProps extends ChartProps {
	/** First and last month shown. */
	from?: string;
	to?: string;
	/** Direct label of the line, e.g. 'Burglary'. */
	label?: string;
	target?: { value: number; label?: string };
	breaks?: readonly MethodBreak[];
	/** The series' category, so only its breaks (and source-wide ones) apply. */
	category?: string | null;
}
