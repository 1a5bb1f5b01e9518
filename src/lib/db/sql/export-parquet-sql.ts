import type { Query } from '../connector';
import type { SnapshotTable } from '../schema';
import { quoteIdent } from './quote';

/** Row groups of incidents: small enough that a month's rows are a few ranged reads. */
export const INCIDENT_ROW_GROUP = 50_000;

/** A file path as an SQL string literal (COPY takes no bound parameters for its target). */
function pathLiteral(path: string): string {
	return `'${path.replaceAll("'", "''")}'`;
}

/**
 * Writes one table (a snapshot table, or `incidents` ordered by month so that each row group
 * holds few months and a reader can skip the rest) to a Parquet file at `path`.
 * @example exportParquetSql({ table: 'incidents', path: '/data/exports/v3/incidents.parquet' })
 */
export function exportParquetSql(opts: {
	table: SnapshotTable | 'incidents';
	path: string;
}): Query {
	const incidents = opts.table === 'incidents';
	const order = incidents ? ' ORDER BY month, source, area, upload_id, source_row' : '';
	const groups = incidents ? `, ROW_GROUP_SIZE ${INCIDENT_ROW_GROUP}` : '';
	return {
		sql: `COPY (SELECT * FROM ${quoteIdent(opts.table)}${order}) TO ${pathLiteral(opts.path)} (FORMAT parquet, COMPRESSION snappy${groups})`
	};
}
