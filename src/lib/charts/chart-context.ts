import type { ScaleLinear, ScalePoint } from 'd3-scale';
import { getContext, setContext } from 'svelte';

/** Space around the plot area, in px. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * What every mark reads from its Chart. The properties are getters over the Chart's state, so a
 * mark that reads them in `$derived` or markup follows resizes.
 */
export interface ChartContext {
	readonly width: number;
	readonly height: number;
	readonly padding: Padding;
	readonly innerWidth: number;
	readonly innerHeight: number;
	/** The x domain, every month `YYYY-MM` in order. */
	readonly months: readonly string[];
	/** Month → px from the plot's left edge; months sit in the middle of their step. */
	readonly xScale: ScalePoint<string>;
	/** Value → px from the plot's top edge. */
	readonly y: ScaleLinear<number, number>;
	/** px between neighbouring months. */
	readonly step: number;
	/** A prefix for ids unique to this chart (patterns, clip paths). */
	readonly id: string;
}

const KEY = Symbol('chart');

/** Gives a Chart's marks its scales; call once in Chart with an object of getters. @example setChartContext(context) */
export function setChartContext(context: ChartContext): void {
	setContext(KEY, context);
}

/** The enclosing Chart's scales; throws outside a Chart. @example const chart = getChartContext() */
export function getChartContext(): ChartContext {
	const context = getContext<ChartContext | undefined>(KEY);
	if (!context) throw new Error('A chart mark must be placed inside <Chart>');
	return context;
}

/** x of a month in px, or null when the month is outside the chart. @example xOf({ chart, month: '2021-04' }) // 120 */
export function xOf({ chart, month }: { chart: ChartContext; month: string }): number | null {
	const x = chart.xScale(month);
	return x === undefined ? null : x;
}
