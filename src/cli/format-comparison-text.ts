import type { Comparison, ComparisonRow } from '../lib/compare/comparison';
import { formatRate } from '../lib/compare/format-rate';
import { escapeControls } from '../lib/ingest/text/escape-controls';
import { formatValue } from '../lib/stats/format-value';

const signed = (text: string, n: number) => (n > 0 ? `+${text}` : text);

function notes(r: ComparisonRow): string {
	const marks: string[] = [];
	if (r.smallNumbers) marks.push('small numbers');
	if (!r.comparable) marks.push('not directly comparable');
	const e = r.target?.evaluation;
	if (e) marks.push(`${e.status} (${e.rag})`);
	else if (r.target) marks.push('target not judged yet');
	return marks.join('; ');
}

/** Text from the store, escaped so a control character in a label cannot drive the terminal. */
const show = (text: string): string => escapeControls({ text });

function cells(r: ComparisonRow, withRate: boolean): string[] {
	const c = r.comparison;
	const rate = r.rate
		? [formatRate(r.rate.now), formatRate(r.rate.then), r.rate.comparison.pctLabel]
		: [];
	return [
		show(
			r.kind === 'group'
				? `${r.label} (group)`
				: r.kind === 'subcategory'
					? `  ${r.label}`
					: r.label
		),
		formatValue({ value: c.now }),
		formatValue({ value: c.then }),
		signed(formatValue({ value: c.change }), c.change),
		c.pctLabel,
		c.status,
		r.significance.verdict,
		...(withRate ? rate : []),
		show(notes(r))
	];
}

/**
 * A comparison as an aligned plain-text table for the terminal, with one sentence per row under
 * it; control characters in the store's text are shown escaped.
 * @example formatComparisonText(comparison)
 */
export function formatComparisonText(c: Comparison): string {
	const withRate = c.rate !== null;
	const header = [
		'Category',
		'Now',
		'Then',
		'Change',
		'% change',
		'Direction',
		'Variation',
		...(withRate ? ['Rate now', 'Rate then', 'Rate %'] : []),
		'Notes'
	];
	const body = c.rows.map((r) => cells(r, withRate));
	const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
	const left = new Set([0, 5, 6, header.length - 1]);
	const line = (row: string[]) =>
		row
			.map((cell, i) => (left.has(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
			.join('  ')
			.trimEnd();
	const foot: string[] = [];
	if (!c.complete && c.rows.length)
		foot.push(
			c.inProgress
				? `${c.periodLabel} is not yet complete: only months with data on both sides are compared.`
				: 'Incomplete: only months with data on both sides are compared.'
		);
	if (c.rate) foot.push(`Rates are ${c.rate.label}.`);
	foot.push(
		`Variation: exact Poisson test, p < 0.05 is beyond normal variation; small numbers: a count under ${c.smallNumberThreshold}.`
	);
	for (const b of c.breaks) foot.push(`Break: ${b.text}${b.category ? ` (${b.category})` : ''}.`);
	for (const r of c.rows) {
		const e = r.target?.evaluation;
		if (e) foot.push(`Target, ${r.label}: ${e.words}`);
		else if (r.target) foot.push(`Target, ${r.label}: ${r.target.reason}.`);
	}
	const sentences = c.rows.map((r) => `- ${r.narrative}`);
	return [
		show(`${c.area} — ${c.comparedLabel}`),
		'',
		line(header),
		...body.map(line),
		'',
		...foot.map(show),
		...(sentences.length ? ['', ...sentences.map(show)] : [])
	].join('\n');
}
