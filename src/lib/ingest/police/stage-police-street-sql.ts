import type { Query } from '../../db/connector';
import { quoteIdent } from '../../db/sql/quote';
import { POLICE_STREET_COLUMNS } from './police-layout';

export const STAGE_TABLE = 'stage_police_street';

/**
 * Reads a registered police.uk street-level CSV into a text-typed staging table, one row per
 * record with its file line; malformed lines go to DuckDB's `reject_errors`.
 * @example stagePoliceStreetSql({ path: 'x.csv', header: ['Crime ID', 'Month', …] })
 */
export function stagePoliceStreetSql(opts: { path: string; header: readonly string[] }): Query[] {
	const present = new Set(opts.header);
	const select = Object.entries(POLICE_STREET_COLUMNS).map(([name, aliases]) => {
		const found = aliases.find((alias) => present.has(alias));
		return `${found ? `nullif(trim(${quoteIdent(found)}), '')` : 'NULL'} AS ${name}`;
	});
	return [
		{ sql: `DROP TABLE IF EXISTS ${STAGE_TABLE}` },
		{
			sql: `CREATE TEMP TABLE ${STAGE_TABLE} AS
SELECT ${select.join(', ')}
FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"',
	store_rejects = true, null_padding = false)`,
			params: [opts.path]
		}
	];
}

/** Counts the staged rows and the lines DuckDB's CSV reader rejected. */
export function stagedSummarySql(): Query {
	return {
		sql: `SELECT
	(SELECT count(*) FROM ${STAGE_TABLE})::INTEGER AS rows,
	(SELECT count(*) FROM reject_errors)::INTEGER AS rejected`
	};
}
