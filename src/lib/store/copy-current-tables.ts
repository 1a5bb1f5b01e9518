import type { Connector } from '../db/connector';
import {
	copyCurrentTablesSql,
	CURRENT_COPIES,
	type CurrentTables
} from '../db/sql/current-tables-sql';

/**
 * Copies the store's current views into temporary tables and names them, so reads skip
 * resolving each upload's coverage again. Copy again whenever the data changes.
 * @example const tables = await copyCurrentTables({ db }); await loadOverview({ db, tables });
 */
export async function copyCurrentTables(opts: { db: Connector }): Promise<CurrentTables> {
	for (const query of copyCurrentTablesSql()) await opts.db.query(query);
	return CURRENT_COPIES;
}
