import type { Connector } from '../../src/lib/db/connector';

/**
 * Row count and an order-free checksum of every row of every store table (temp staging tables
 * left out), to compare the whole store before and after an operation.
 */
export async function storeSnapshot(db: Connector): Promise<Record<string, unknown>> {
	const tables = await db.query<{ name: string }>({
		sql: `SELECT table_name AS name FROM information_schema.tables
			WHERE table_type = 'BASE TABLE' AND table_catalog <> 'temp' ORDER BY 1`
	});
	const snapshot: Record<string, unknown> = {};
	for (const { name } of tables) {
		const [row] = await db.query({
			sql: `SELECT count(*)::VARCHAR AS rows, coalesce(sum(hash(t)), 0)::VARCHAR AS checksum
				FROM "${name}" t`
		});
		snapshot[name] = row;
	}
	return snapshot;
}
