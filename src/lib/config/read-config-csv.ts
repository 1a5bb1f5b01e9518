import { readCsvRecords } from '../ingest/text/read-csv-records';
import { formatIssue } from '../ingest/validation/format-issue';

/** One data line of a configuration CSV, cells by (trimmed) header name. */
export interface ConfigLine {
	line: number;
	cell: (column: string) => string;
}

/**
 * Reads a small configuration CSV, checking its header names the required columns.
 * @example readConfigCsv({ text: 'area,year\nX,2021', fileName: 'p.csv', columns: ['area', 'year'] }).lines[0].cell('year') // '2021'
 */
export function readConfigCsv(opts: {
	text: string;
	fileName: string;
	columns: readonly string[];
}): { lines: ConfigLine[]; problems: string[] } {
	// A header-only file is a valid, empty configuration, not a file missing its rows.
	const headerOnly = opts.text.trim() !== '' && !/[\r\n]/.test(opts.text.trim());
	const table = readCsvRecords({ text: opts.text, fileName: opts.fileName });
	const problems = table.issues
		.filter((i) => i.severity === 'error' && !headerOnly)
		.map(formatIssue);
	const header = table.header.map((h) => h.trim().toLowerCase());
	const absent = opts.columns.filter((c) => !header.includes(c));
	if (absent.length) {
		problems.push(
			`'${opts.fileName}' has no column ${absent.join(', ')}; its header must be ${opts.columns.join(',')}.`
		);
		return { lines: [], problems };
	}
	const lines = table.records.map((r) => ({
		line: r.line,
		cell: (column: string) => (r.cells[header.indexOf(column)] ?? '').trim()
	}));
	return { lines, problems };
}

/** A problem on one line of a configuration file, as one sentence. @example lineProblem({ fileName: 'breaks.csv', line: 3, message: "month '2019-4' must be YYYY-MM" }) */
export function lineProblem(opts: { fileName: string; line: number; message: string }): string {
	return `Line ${opts.line} of '${opts.fileName}': ${opts.message}.`;
}
