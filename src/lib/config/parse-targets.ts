import { formatPeriodToken } from '../periods/format-period-token';
import { parsePeriod } from '../periods/parse-period';
import type { TargetRecord } from './config-records';
import { lineProblem, readConfigCsv } from './read-config-csv';

/** Header of targets.csv. */
export const TARGETS_COLUMNS = [
	'source',
	'area',
	'category',
	'period',
	'kind',
	'value',
	'baseline',
	'close_margin',
	'note'
] as const;

const KINDS = ['threshold', 'beat-baseline', 'change-on-baseline'] as const;

/** A period token in canonical form, or 'any' / 'base' as given; throws on anything else. */
function token(text: string, words: string[]): string {
	const lower = text.toLowerCase();
	return words.includes(lower) ? lower : formatPeriodToken(parsePeriod(text));
}

function numberOrNull(text: string): number | null {
	if (text === '') return null;
	const value = Number(text);
	if (!Number.isFinite(value) || value < 0) throw new Error(`'${text}' must be a number ≥ 0`);
	return value;
}

function record(cell: (column: string) => string): TargetRecord {
	const kind = cell('kind').toLowerCase() as TargetRecord['kind'];
	if (!KINDS.includes(kind)) throw new Error(`kind '${cell('kind')}' must be ${KINDS.join(', ')}`);
	if (!cell('source') || !cell('category'))
		throw new Error('source and category must be filled in');
	const value = numberOrNull(cell('value'));
	const baselineText = cell('baseline');
	if (kind === 'threshold' && (value === null || baselineText !== ''))
		throw new Error('a threshold target needs a value and no baseline');
	if (kind === 'change-on-baseline' && value === null)
		throw new Error('a change-on-baseline target needs the percent change as its value');
	if (kind === 'beat-baseline' && value !== null)
		throw new Error('a beat-baseline target takes no value, only a baseline');
	return {
		source: cell('source'),
		area: cell('area') || null,
		category: cell('category'),
		period: token(cell('period') || 'any', ['any']),
		kind,
		value,
		baseline: kind === 'threshold' ? null : token(baselineText || 'base', ['base']),
		closeMargin: numberOrNull(cell('close_margin')),
		note: cell('note') || null
	};
}

/**
 * Reads targets.csv. `category` is a row key (a category, "All crime" or `group:<name>`),
 * `period` a period token or "any", `baseline` "base" (the comparison's base period) or a token.
 * @example parseTargets({ text: 'source,area,category,period,kind,value,baseline,close_margin,note\npolice-street,,Burglary,FY2021-22,threshold,300,,,', fileName: 't.csv' }).rows[0].kind // 'threshold'
 */
export function parseTargets(opts: { text: string; fileName: string }): {
	rows: TargetRecord[];
	problems: string[];
} {
	const { lines, problems } = readConfigCsv({ ...opts, columns: TARGETS_COLUMNS });
	const rows: TargetRecord[] = [];
	for (const { line, cell } of lines) {
		try {
			rows.push(record(cell));
		} catch (error) {
			const message = (error as Error).message.replace(/\.$/, '');
			problems.push(lineProblem({ fileName: opts.fileName, line, message }));
		}
	}
	return { rows, problems };
}
