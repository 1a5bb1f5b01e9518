import type { ChartContext } from './chart-context';
import { textWidth } from './text-width';
import { wrapText } from './wrap-text';

/** A tooltip's lines (the first bold, each wrapped to the SVG's width), its width and its left x. */
export interface TooltipBox {
	lines: { line: string; bold: boolean }[];
	width: number;
	x: number;
}

/**
 * Lays out the tooltip beside the guide at `x` (plot coordinates): right of it when it fits, else
 * left, and never beyond the SVG's edges (320 px screens).
 * @example tooltipBox({ chart, x: 100, text: ['March 2022: 61 (March 2021: 58)'] }).x // 108
 */
export function tooltipBox({
	chart,
	x,
	text
}: {
	chart: Pick<ChartContext, 'width' | 'innerWidth' | 'padding'>;
	x: number;
	text: readonly string[];
}): TooltipBox {
	const lines = text.flatMap((t, i) =>
		wrapText({ text: t, width: chart.width - 16, size: 12, bold: i === 0 }).map((line) => ({
			line,
			bold: i === 0
		}))
	);
	const width =
		Math.max(40, ...lines.map((l) => textWidth({ text: l.line, size: 12, bold: l.bold }))) + 16;
	const beside = x + 8 + width > chart.innerWidth ? x - 8 - width : x + 8;
	const left = Math.max(
		-chart.padding.left,
		Math.min(beside, chart.width - chart.padding.left - width)
	);
	return { lines, width, x: left };
}
