import { narrate } from '../stats/narrate';
import type { ComparisonRow } from './comparison';
import type { ComparedTexts } from './compared-texts';

/**
 * The plain-English sentence for a row, with the incomplete-period, gap and break notes.
 * @example narrateRow({ row, texts }) // 'Burglary fell by 12.0% (from 50 to 44) in 2020-21 compared with 2019-20; this is within normal variation.'
 */
export function narrateRow(opts: {
	row: Pick<ComparisonRow, 'label' | 'comparison' | 'significance' | 'breaks'>;
	texts: ComparedTexts;
}): string {
	const { row, texts } = opts;
	return narrate({
		label: row.label,
		now: row.comparison.now,
		then: row.comparison.then,
		periodLabel: texts.now,
		basePeriodLabel: texts.then,
		comparison: row.comparison,
		significance: row.significance,
		incomplete: texts.incomplete,
		gapNote: texts.gapNote,
		breakNote: row.breaks.length ? row.breaks.map((b) => b.text).join(' and ') : undefined
	});
}
