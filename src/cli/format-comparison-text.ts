import type { Comparison } from '../lib/compare/comparison';
import { formatValue } from '../lib/stats/formatValue';

/** A comparison as an aligned plain-text table for the terminal. @example formatComparisonText(comparison) */
export function formatComparisonText(c: Comparison): string {
	const header = ['Category', 'Now', 'Then', 'Change', '% change', 'Direction'];
	const body = c.rows.map((r) => [
		r.label,
		formatValue({ value: r.comparison.now }),
		formatValue({ value: r.comparison.then }),
		(r.comparison.change > 0 ? '+' : '') + formatValue({ value: r.comparison.change }),
		r.comparison.pctLabel,
		r.comparison.status
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => (i === 0 || i === 5 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
			.join('  ');
	const notes = c.complete
		? []
		: ['', `Incomplete: only months with data on both sides are compared.`];
	return [`${c.area} — ${c.comparedLabel}`, '', line(header), ...body.map(line), ...notes].join(
		'\n'
	);
}
