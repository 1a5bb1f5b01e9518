import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Connector } from '../lib/db/connector';
import { createNodeConnector } from '../lib/db/node-connector';
import { storePath } from '../lib/server/store-path';
import { applySchema } from '../lib/store/apply-schema';

/** Opens (creating if needed) the store in a data folder for writing. @example await openStore({ dataDir: 'data' }) */
export async function openStore(opts: { dataDir: string }): Promise<Connector> {
	const path = storePath(opts);
	mkdirSync(dirname(path), { recursive: true });
	const db = createNodeConnector({ path });
	await applySchema({ db });
	return db;
}
