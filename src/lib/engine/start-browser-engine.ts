import type { Connector } from '../db/connector';
import { createBrowserConnector } from '../db/browser-connector';
import { SNAPSHOT_TABLES } from '../db/schema';
import { loadSnapshotSql } from '../db/sql/snapshot-sql';
import { applySchema } from '../store/apply-schema';

/**
 * Starts DuckDB-wasm and fills it with the server's published tables, so the browser runs the
 * same SQL on the same figures.
 * @example const db = await startBrowserEngine({ fetch });
 */
export async function startBrowserEngine(opts: { fetch: typeof fetch }): Promise<Connector> {
	const db = createBrowserConnector();
	await applySchema({ db });
	for (const table of SNAPSHOT_TABLES) {
		const response = await opts.fetch(`/api/snapshot/${table}`);
		if (!response.ok) throw new Error(`Could not load ${table}: HTTP ${response.status}`);
		const bytes = new Uint8Array(await response.arrayBuffer());
		if (!hasRows(bytes)) continue;
		const path = await db.registerFile({ name: `${table}.csv`, bytes });
		await db.query(loadSnapshotSql({ table, path }));
		await db.dropFile(path);
	}
	return db;
}

function hasRows(bytes: Uint8Array): boolean {
	const firstBreak = bytes.indexOf(10);
	return firstBreak >= 0 && firstBreak < bytes.length - 1;
}
