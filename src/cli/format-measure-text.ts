import { PERCENT_CLOSE_POINTS } from '../lib/compare/compare-measures';
import { formatMeasure } from '../lib/compare/format-measure';
import type { MeasureComparison } from '../lib/compare/measure-comparison';
import { escapeControls } from '../lib/ingest/text/escape-controls';
import type { Unit } from '../lib/stats/format-value';

/** Text from the store, escaped so a control character in a label cannot drive the terminal. */
const show = (text: string): string => escapeControls({ text });

/**
 * Partner measures as an aligned table with one sentence per measure under it.
 * @example formatMeasureText(measureComparison)
 */
export function formatMeasureText(c: MeasureComparison): string {
	const header = [
		'Measure',
		'Now',
		'Then',
		'Change',
		'% change',
		'Direction',
		'Figure',
		'Target',
		'Notes'
	];
	const value = (v: number | null, unit: Unit, basis?: 'sum' | 'mean') =>
		v === null ? 'n/a' : formatMeasure({ value: v, unit, basis });
	const body = c.rows.map((r) => [
		show(r.label),
		value(r.now, r.unit, r.basis),
		value(r.then, r.unit, r.basis),
		r.changeLabel,
		r.pctLabel,
		r.status ?? 'n/a',
		r.basisLabel,
		value(r.target, r.unit),
		[
			r.evaluation ? `${r.evaluation.status} (${r.evaluation.rag})` : '',
			r.complete ? '' : 'incomplete'
		]
			.filter(Boolean)
			.join('; ')
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
	const left = new Set([0, 5, 6, 8]);
	const line = (row: string[]) =>
		row
			.map((cell, i) => (left.has(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
			.join('  ')
			.trimEnd();
	return [
		show(`${c.area} — ${c.periodLabel} compared with ${c.baseLabel} (partner measures)`),
		'',
		line(header),
		...body.map(line),
		'',
		'Counts are summed over the months both periods have; percent and rate measures are the mean of those months (change in percentage points for percent).',
		`Target: green on target; amber close (within ${PERCENT_CLOSE_POINTS} points of a percent target, 5% of another); red off target.`,
		...c.rows.flatMap((r) =>
			r.evaluation ? [show(`Target, ${r.label}: ${r.evaluation.words}`)] : []
		),
		...(c.rows.length
			? ['', ...c.rows.map((r) => show(`- ${r.narrative}`))]
			: ['No measures for these periods.'])
	].join('\n');
}
