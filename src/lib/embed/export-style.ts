/**
 * The charts' text styles as plain CSS for a standalone SVG (the components' scoped styles do not
 * travel with their markup); colours are `var()`s that `standaloneSvg` resolves.
 */
export const EXPORT_STYLE = [
	'text { font-size: 12px; fill: var(--chart-ink); }',
	'.axis-x text, .axis-y text { font-size: 11px; fill: var(--chart-axis); }',
	'.title { font-size: 14px; font-weight: 700; fill: var(--chart-ink); }',
	'.synthetic { font-size: 12px; font-weight: 600; fill: var(--chart-break); }',
	'.label-mark text { font-size: 12px; font-weight: 600; }',
	'.rule-mark text { font-size: 11px; font-weight: 600; }',
	'.not-comparable text { font-size: 11px; fill: var(--chart-break); }'
].join('\n');
