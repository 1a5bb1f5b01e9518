/** A palette slot (1–6, colour-blind safe, see chart-palette.css) or a neutral tone. */
export type ChartColour = 1 | 2 | 3 | 4 | 5 | 6 | 'muted' | 'ink' | 'target' | 'break';

/** Line styles, so a chart still reads when printed in black and white. */
export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** The CSS variable for a palette slot. @example colourVar(1) // 'var(--chart-1)' */
export function colourVar(colour: ChartColour): string {
	return `var(--chart-${colour})`;
}

/** SVG stroke-dasharray for a line style, scaled to the stroke width. @example dashArray({ style: 'dashed', width: 2 }) // '6 4' */
export function dashArray({
	style,
	width = 2
}: {
	style: LineStyle;
	width?: number;
}): string | undefined {
	if (style === 'dashed') return `${3 * width} ${2 * width}`;
	if (style === 'dotted') return `${0.1} ${2 * width}`;
	return undefined;
}
