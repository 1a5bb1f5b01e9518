import { safeCell } from './safe-cell';
import { toCsv } from './to-csv';

/**
 * CSV for people to open in Excel: a UTF-8 byte-order mark, then every cell neutralised against
 * formula injection (see `safeCell`).
 * @example toDownloadCsv({ rows: [{ a: '=2' }] }) // "\uFEFFa\n'=2\n"
 */
export function toDownloadCsv(opts: {
	rows: Record<string, unknown>[];
	columns?: string[];
}): string {
	const columns = opts.columns ?? Object.keys(opts.rows[0] ?? {});
	const rows = opts.rows.map((row) =>
		Object.fromEntries(columns.map((c) => [safeCell(c), safeCell(row[c])]))
	);
	return '\uFEFF' + toCsv({ rows, columns: columns.map(safeCell) });
}
