import type { Query } from '../../db/connector';
import { headerKey } from '../../ingest/detect/header-key';
import { POLICE_STREET_COLUMNS } from '../../ingest/police/police-layout';

export const STAGE_TABLE = 'stage_police_street';
export const STAGE_REJECTS = 'stage_rejects';
/** Empty lines found in the file (`line`), skipped by the CSV reader. */
export const STAGE_BLANK_LINES = 'stage_blank_lines';
const STAGE_LINE_GAPS = 'stage_line_gaps';

/** An empty, text-typed staging table for the rows of one police.uk street-level file. */
export function createStageSql(): Query {
	const columns = Object.keys(POLICE_STREET_COLUMNS).map((c) => `${c} VARCHAR`);
	return { sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_TABLE} (${columns.join(', ')})` };
}

/** Drops the staging table, so nothing of an earlier file can be stored by mistake. */
export function dropStageSql(): Query {
	return { sql: `DROP TABLE IF EXISTS ${STAGE_TABLE}` };
}

/** An empty table for the lines the CSV reader could not parse. */
export function createRejectsSql(): Query[] {
	return [
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_REJECTS} (line INTEGER, error_type VARCHAR, csv_line VARCHAR, error_message VARCHAR)`
		},
		...clearRejectsSql()
	];
}

/**
 * Reads one registered CSV chunk (header included) as the staging columns, one row per record;
 * lines the reader cannot parse go to DuckDB's `reject_errors`. The dialect is given, not sniffed
 * (a sniffer gives up on a file with an unclosed quote); columns are read by position (c0, c1, …)
 * and picked by header text ignoring case, spaces and a BOM, so both police.uk layouts load alike.
 * Values are kept as written (empty fields are NULL); see trimmedStageSql for where spaces go.
 * @example readChunkSql({ path: 'chunk-1.csv', header: ['Crime ID', 'Month', …] })
 */
export function readChunkSql(opts: { path: string; header: readonly string[] }): Query {
	const keys = opts.header.map((cell) => headerKey({ cell }));
	const select = Object.entries(POLICE_STREET_COLUMNS).map(([name, aliases]) => {
		const at = aliases.map((a) => keys.indexOf(headerKey({ cell: a }))).find((i) => i >= 0);
		return `${at === undefined ? 'NULL::VARCHAR' : `c${at}`} AS ${name}`;
	});
	const columns = opts.header.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
	return {
		sql: `SELECT ${select.join(', ')}
FROM read_csv(?, auto_detect = false, header = true, columns = {${columns}}, delim = ',',
	quote = '"', escape = '"', store_rejects = true, null_padding = false)`,
		params: [opts.path]
	};
}

/**
 * The staging table as the store takes it, aliased `s`: every value trimmed of spaces, blank ones
 * NULL, and each row's number as `row_index` (for policeLineSql). Staged rows keep the file's
 * text, so the one pass that counts and fingerprints them (addGroupsSql) need not trim every
 * value; trimming changes only the grouping keys there, and those are trimmed per group.
 */
export function trimmedStageSql(): string {
	const columns = Object.keys(POLICE_STREET_COLUMNS).map((c) => `nullif(trim(${c}), '') AS ${c}`);
	return `(SELECT rowid AS row_index, ${columns.join(', ')} FROM ${STAGE_TABLE}) s`;
}

/** Appends a chunk read by readChunkSql to the staging table. */
export function appendChunkSql(read: Query): Query {
	return { sql: `INSERT INTO ${STAGE_TABLE}\n${read.sql}`, params: read.params };
}

/**
 * Lines holding no staged row (empty lines, and lines the reader rejected), each with the number
 * of rows staged before it, so a row's file line is its row number plus the gaps before it.
 */
export function lineGapsSql(): Query {
	return {
		sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_LINE_GAPS} AS
SELECT (line - 1 - row_number() OVER (ORDER BY line))::INTEGER AS rows_before
FROM (SELECT line FROM ${STAGE_BLANK_LINES} UNION SELECT line FROM ${STAGE_REJECTS})`
	};
}

/**
 * The SQL expression for the file line of a row of trimmedStageSql (the header is line 1); plain
 * row number arithmetic when the file has no gaps, the usual and fastest case.
 * @example policeLineSql({ gaps: false }) // '(s.row_index + 2)::INTEGER'
 */
export function policeLineSql(opts: { gaps: boolean }): string {
	if (!opts.gaps) return '(s.row_index + 2)::INTEGER';
	return `(s.row_index + 2 + (SELECT count(*) FROM ${STAGE_LINE_GAPS} g WHERE g.rows_before <= s.row_index))::INTEGER`;
}

/** How many lines the reader rejected in the chunks read so far (`rejected`). */
export function rejectCountSql(): Query {
	return { sql: 'SELECT count(*)::INTEGER AS rejected FROM reject_errors' };
}

/**
 * Moves the reader's rejects for every chunk read into `stage_rejects`, as file line numbers: a
 * chunk's reject line counts from its header, so its file line is `firstLine` + line - 2. The
 * reader reports a short line once per missing field; it is kept once, with the first message.
 * @example collectRejectsSql({ chunks: [{ path: 'upload-1-0-x.csv', firstLine: 2 }] })
 */
export function collectRejectsSql(opts: {
	chunks: { path: string; firstLine: number }[];
}): Query[] {
	if (opts.chunks.length === 0) return [];
	const values = opts.chunks.map(() => '(?, CAST(? AS INTEGER))').join(', ');
	return [
		{
			sql: `INSERT INTO ${STAGE_REJECTS}
SELECT CAST(e.line AS INTEGER) + c.first_line - 2, e.error_type, any_value(e.csv_line),
	arg_min(e.error_message, e.column_idx)
FROM reject_errors e JOIN reject_scans r USING (scan_id, file_id)
JOIN (VALUES ${values}) c(path, first_line) ON c.path = r.file_path
GROUP BY ALL`,
			params: opts.chunks.flatMap((c) => [c.path, c.firstLine])
		},
		...clearRejectsSql()
	];
}

function clearRejectsSql(): Query[] {
	return [
		{ sql: 'DROP TABLE IF EXISTS reject_errors' },
		{ sql: 'DROP TABLE IF EXISTS reject_scans' }
	];
}
