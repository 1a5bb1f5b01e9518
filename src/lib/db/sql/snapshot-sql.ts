import type { Query } from '../connector';
import type { SnapshotTable } from '../schema';
import { quoteIdent } from './quote';

/** Everything in one snapshot table, timestamps as ISO text so they survive CSV. */
export function snapshotSql(opts: { table: SnapshotTable }): Query {
	const stamps: Partial<Record<SnapshotTable, string>> = {
		uploads: 'uploaded_at',
		dataset_versions: 'created_at'
	};
	const column = stamps[opts.table];
	const rest = column ? ` REPLACE (strftime(${column}, '%Y-%m-%dT%H:%M:%S') AS ${column})` : '';
	return { sql: `SELECT *${rest} FROM ${quoteIdent(opts.table)}` };
}

/**
 * Loads a snapshot CSV registered at `path` into its table; DuckDB casts the text to each column's
 * type. The dialect is the one `toCsv` writes, stated, because a sniffed one misses a quote that
 * first appears after the lines the sniffer reads.
 */
export function loadSnapshotSql(opts: { table: SnapshotTable; path: string }): Query {
	return {
		sql: `INSERT INTO ${quoteIdent(opts.table)} SELECT * FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`,
		params: [opts.path]
	};
}
