import type { TargetRecord } from '../config/config-records';
import { significance } from '../stats/significance';
import type { BreakNote, ComparisonRow, CountRow, RateBasis } from './comparison';
import type { ComparedTexts } from './compared-texts';
import { narrateRow } from './narrate-row';
import { rowRate } from './rate-basis';
import { rowTarget, type TargetContext } from './row-target';
import { rowBreaks } from './spanned-breaks';

/**
 * Completes a row: significance and small numbers, the breaks it spans, its rate, its target
 * and its sentence.
 * @example annotateRow({ row, breaks, rate: null, targets: [], context, texts, smallNumberThreshold: 10 })
 */
export function annotateRow(opts: {
	row: CountRow;
	breaks: BreakNote[];
	rate: RateBasis | null;
	targets: TargetRecord[];
	context: TargetContext;
	texts: ComparedTexts;
	smallNumberThreshold: number;
}): ComparisonRow {
	const { row } = opts;
	const { now, then } = row.comparison;
	const test = significance({ now, then, smallNumberThreshold: opts.smallNumberThreshold });
	const breaks = rowBreaks({ breaks: opts.breaks, members: row.members });
	const annotated = {
		...row,
		significance: test,
		smallNumbers: test.smallNumbers,
		comparable: breaks.length === 0,
		breaks,
		note: breaks.length ? breaks.map((b) => b.text).join('; ') : null,
		rate: opts.rate
			? rowRate({ basis: opts.rate, now, then, direction: opts.context.direction })
			: null,
		target: rowTarget({ targets: opts.targets, row, context: opts.context })
	};
	return { ...annotated, narrative: narrateRow({ row: annotated, texts: opts.texts }) };
}
