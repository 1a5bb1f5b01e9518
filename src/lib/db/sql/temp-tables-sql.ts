import type { Query } from '../connector';
import { quoteIdent } from './quote';

/** The connection's temporary tables (a file's staging), by name. @example tempTablesSql() */
export function tempTablesSql(): Query {
	return {
		sql: 'SELECT table_name AS name FROM duckdb_tables() WHERE temporary ORDER BY table_name'
	};
}

/** Renames a temporary table. @example renameTempTableSql({ from: 'stage_counts', to: 'held_1_stage_counts' }) */
export function renameTempTableSql(opts: { from: string; to: string }): Query {
	return { sql: `ALTER TABLE temp.${quoteIdent(opts.from)} RENAME TO ${quoteIdent(opts.to)}` };
}

/** Drops a temporary table if it is there. @example dropTempTableSql({ name: 'stage_counts' }) */
export function dropTempTableSql(opts: { name: string }): Query {
	return { sql: `DROP TABLE IF EXISTS temp.${quoteIdent(opts.name)}` };
}
