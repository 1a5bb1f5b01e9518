import { isMonth } from '../periods/month';
import type { BreakRecord } from './config-records';
import { lineProblem, readConfigCsv } from './read-config-csv';

/** Header of breaks.csv; an empty category means every category of the source. */
export const BREAKS_COLUMNS = ['source', 'category', 'month', 'note'] as const;

/**
 * Reads breaks.csv (`source,category,month,note`, month `YYYY-MM`).
 * @example parseBreaks({ text: 'source,category,month,note\npolice-street,Anti-social behaviour,2019-04,ASB reporting method changed', fileName: 'breaks.csv' }).rows[0].month // '2019-04'
 */
export function parseBreaks(opts: { text: string; fileName: string }): {
	rows: BreakRecord[];
	problems: string[];
} {
	const { lines, problems } = readConfigCsv({ ...opts, columns: BREAKS_COLUMNS });
	const rows: BreakRecord[] = [];
	for (const { line, cell } of lines) {
		const problem = (message: string) =>
			problems.push(lineProblem({ fileName: opts.fileName, line, message }));
		const [source, category, month, note] = BREAKS_COLUMNS.map(cell) as [
			string,
			string,
			string,
			string
		];
		if (!source) problem('source is empty; name the source, e.g. police-street');
		else if (!isMonth(month))
			problem(`month '${month}' must be the first month of the new practice as YYYY-MM`);
		else if (!note) problem('note is empty; say what changed, e.g. "ASB reporting method changed"');
		else rows.push({ source, category: category || null, month, note });
	}
	return { rows, problems };
}
