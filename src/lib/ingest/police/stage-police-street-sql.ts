import type { Query } from '../../db/connector';
import { quoteIdent } from '../../db/sql/quote';
import { POLICE_STREET_COLUMNS } from './police-layout';

export const STAGE_TABLE = 'stage_police_street';
export const STAGE_REJECTS = 'stage_rejects';

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
 * lines the reader cannot parse go to DuckDB's `reject_errors`.
 * @example appendChunkSql({ path: 'chunk-1.csv', header: ['Crime ID', 'Month', …] })
 */
export function appendChunkSql(opts: { path: string; header: readonly string[] }): Query {
	const present = new Set(opts.header);
	const select = Object.entries(POLICE_STREET_COLUMNS).map(([name, aliases]) => {
		const found = aliases.find((alias) => present.has(alias));
		return `${found ? `nullif(trim(${quoteIdent(found)}), '')` : 'NULL'} AS ${name}`;
	});
	return {
		sql: `INSERT INTO ${STAGE_TABLE}
SELECT ${select.join(', ')}
FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
	store_rejects = true, null_padding = false)`,
		params: [opts.path]
	};
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
