import type { Unit } from '../stats/format-value';
import { formatValue } from '../stats/format-value';
import type { ComparedTexts } from './compared-texts';
import { formatMeasure } from './format-measure';
import type { MeasureRow } from './measure-comparison';

const withArticle = (label: string) => (label.startsWith('year ending') ? `the ${label}` : label);

const STATUS_WORDS = {
	'on target': 'on target',
	close: 'close to target',
	'off target': 'off target'
};

function changeClause(row: MeasureRow, unit: Unit): string {
	const change = row.change!;
	if (change === 0) return 'unchanged';
	const way = change > 0 ? 'up' : 'down';
	const size = formatValue({ value: Math.abs(change), unit: 'count' });
	if (unit === 'percent') return `${way} ${size} ${Math.abs(change) === 1 ? 'point' : 'points'}`;
	if (row.pct === null) return `${way} ${size} (no percentage: the base figure is 0)`;
	return `${way} ${size} (${row.pctLabel})`;
}

/**
 * The plain-English sentence for a measure, in the voice of the count sentences.
 * @example narrateMeasure({ row, texts }) // 'Reports delivered on the day averaged 80.2% in 2021-22 against 76% in 2020-21, up 4.2 points; the target is 60% (on target).'
 */
export function narrateMeasure(opts: {
	row: Omit<MeasureRow, 'narrative'>;
	texts: ComparedTexts;
	periodLabel: string;
	baseLabel: string;
}): string {
	const { row, texts } = opts;
	const show = (value: number) => formatMeasure({ value, unit: row.unit, basis: row.basis });
	const goal = (value: number) => formatValue({ value, unit: row.unit });
	const verb = row.basis === 'sum' ? 'totalled' : 'averaged';
	const parts: string[] = [];
	if (row.now === null && row.then === null) {
		parts.push(
			`${row.label} has no figure for ${withArticle(opts.periodLabel)} or ${withArticle(opts.baseLabel)}`
		);
	} else if (row.then === null) {
		parts.push(
			`${row.label} ${verb} ${show(row.now!)} in ${withArticle(opts.periodLabel)}; there is no figure for ${withArticle(opts.baseLabel)} to compare with`
		);
	} else if (row.now === null) {
		parts.push(
			`${row.label} has no figure yet for ${withArticle(opts.periodLabel)} (${show(row.then)} in ${withArticle(opts.baseLabel)})`
		);
	} else {
		parts.push(
			`${row.label} ${verb} ${show(row.now)} in ${withArticle(texts.now)} against ${show(row.then)} in ${withArticle(texts.then)}, ${changeClause(row as MeasureRow, row.unit)}`
		);
	}
	if (texts.incomplete) parts.push(`${texts.incomplete} is not yet complete`);
	if (texts.gapNote && row.now !== null && row.then !== null) parts.push(texts.gapNote);
	if (row.target !== null && row.evaluation)
		parts.push(`the target is ${goal(row.target)} (${STATUS_WORDS[row.evaluation.status]})`);
	const sentence = parts.join('; ');
	return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
