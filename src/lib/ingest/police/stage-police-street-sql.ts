import type { Query } from '../../db/connector';
import { headerKey } from '../detect/headerKey';
import { POLICE_STREET_COLUMNS } from './police-layout';

export const STAGE_TABLE = 'stage_police_street';
export const STAGE_REJECTS = 'stage_rejects';
/** Empty lines found in the file (`line`), skipped by the CSV reader. */
export const STAGE_BLANK_LINES = 'stage_blank_lines';
const STAGE_LINE_GAPS = 'stage_line_gaps';

/** Empty, text-typed staging tables for one police.uk street-level file and its unreadable lines. */
export function createStageSql(): Query[] {
	const columns = Object.keys(POLICE_STREET_COLUMNS).map((c) => `${c} VARCHAR`);
	return [
		{ sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_TABLE} (${columns.join(', ')})` },
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_REJECTS} (line INTEGER, error_type VARCHAR, csv_line VARCHAR, error_message VARCHAR)`
		},
		...clearRejectsSql()
	];
}

/**
 * Appends one registered CSV chunk (header included) to the staging table, one row per record;
 * lines the reader cannot parse go to DuckDB's `reject_errors`. The dialect is given, not sniffed
 * (a sniffer gives up on a file with an unclosed quote); columns are read by position (c0, c1, …)
 * and picked by header text ignoring case, spaces and a BOM, so both police.uk layouts load alike.
 * @example appendChunkSql({ path: 'chunk-1.csv', header: ['Crime ID', 'Month', …] })
 */
export function appendChunkSql(opts: { path: string; header: readonly string[] }): Query {
	const keys = opts.header.map((cell) => headerKey({ cell }));
	const select = Object.entries(POLICE_STREET_COLUMNS).map(([name, aliases]) => {
		const at = aliases.map((a) => keys.indexOf(headerKey({ cell: a }))).find((i) => i >= 0);
		return `${at === undefined ? 'NULL' : `nullif(trim(c${at}), '')`} AS ${name}`;
	});
	const columns = opts.header.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
	return {
		sql: `INSERT INTO ${STAGE_TABLE}
SELECT ${select.join(', ')}
FROM read_csv(?, auto_detect = false, header = true, columns = {${columns}}, delim = ',',
	quote = '"', escape = '"', store_rejects = true, null_padding = false)`,
		params: [opts.path]
	};
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
 * The SQL expression for the file line of a row of the staging table aliased `s` (the header is
 * line 1); plain row number arithmetic when the file has no gaps, the usual and fastest case.
 * @example policeLineSql({ gaps: false }) // '(s.rowid + 2)::INTEGER'
 */
export function policeLineSql(opts: { gaps: boolean }): string {
	if (!opts.gaps) return '(s.rowid + 2)::INTEGER';
	return `(s.rowid + 2 + (SELECT count(*) FROM ${STAGE_LINE_GAPS} g WHERE g.rows_before <= s.rowid))::INTEGER`;
}

/** Moves the reader's rejects for the last chunk into `stage_rejects`, as file line numbers. */
export function collectRejectsSql(opts: { firstLine: number }): Query[] {
	return [
		{
			sql: `INSERT INTO ${STAGE_REJECTS}
SELECT CAST(line AS INTEGER) + CAST(? AS INTEGER) - 2, error_type, csv_line, error_message FROM reject_errors`,
			params: [opts.firstLine]
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

/** Counts the staged rows and the lines the CSV reader rejected. */
export function stagedSummarySql(): Query {
	return {
		sql: `SELECT
	(SELECT count(*) FROM ${STAGE_TABLE})::INTEGER AS rows,
	(SELECT count(*) FROM ${STAGE_REJECTS})::INTEGER AS rejected`
	};
}
