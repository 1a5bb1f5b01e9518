import type { Query } from '../db/connector';
import { quoteIdent } from '../db/sql/quote';

/** The DuckDB types a staged column may have. */
export type StageType = 'VARCHAR' | 'DATE' | 'INTEGER' | 'BIGINT' | 'DOUBLE';

/** Column name → DuckDB type of a staged table, e.g. `{ month: 'DATE', count: 'INTEGER' }`. */
export type StageColumns = Readonly<Record<string, StageType>>;

/**
 * Copies a registered CSV (written by toCsv, header = the column names) into a temp table, every
 * column read as text and cast to its type, so Node and DuckDB-wasm read it the same way.
 * @example stageRowsSql({ table: 'stage_counts_in', path, columns: { month: 'DATE', count: 'INTEGER' } })
 */
export function stageRowsSql(opts: { table: string; path: string; columns: StageColumns }): Query {
	const select = Object.entries(opts.columns).map(
		([name, type]) => `CAST(${quoteIdent(name)} AS ${type}) AS ${quoteIdent(name)}`
	);
	return {
		sql: `CREATE OR REPLACE TEMP TABLE ${quoteIdent(opts.table)} AS
SELECT ${select.join(', ')}
FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`,
		params: [opts.path]
	};
}

/**
 * An empty temp table with the given columns, for a file that stages no rows of that kind.
 * @example emptyStageSql({ table: 'stage_blank_lines', columns: { line: 'INTEGER' } })
 */
export function emptyStageSql(opts: { table: string; columns: StageColumns }): Query {
	const columns = Object.entries(opts.columns).map(([name, type]) => `${quoteIdent(name)} ${type}`);
	return {
		sql: `CREATE OR REPLACE TEMP TABLE ${quoteIdent(opts.table)} (${columns.join(', ')})`
	};
}
