import { existsSync } from 'node:fs';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import { dataDir, storePath } from './store-path';

/**
 * Opens the store read-only for one piece of work, so the CLI can import while the server runs.
 * Returns null when no store exists yet.
 * @example const rows = await withStore((db) => db.query({ sql: 'SELECT 1' }));
 */
export async function withStore<T>(work: (db: Connector) => Promise<T>): Promise<T | null> {
	const path = storePath({ dataDir: dataDir() });
	if (!existsSync(path)) return null;
	const db = createNodeConnector({ path, readOnly: true });
	try {
		return await work(db);
	} finally {
		await db.close();
	}
}
