import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Connector } from '../lib/db/connector';
import { createNodeConnector } from '../lib/db/node-connector.server';
import { storePath } from '../lib/server/store-path';
import { applySchema } from '../lib/store/apply-schema';
import { configDir } from './config-dir';
import { loadConfigDir } from './load-config-dir';

/**
 * Opens (creating if needed) the store in a data folder for writing. A new store gets the default
 * configuration (breaks, groups, populations, targets) from `<data dir>/config` or data/config;
 * after that only `config load` changes it, so edits made with `groups set` are kept.
 * @example await openStore({ dataDir: 'data' })
 */
export async function openStore(opts: { dataDir: string }): Promise<Connector> {
	const path = storePath(opts);
	const fresh = !existsSync(path);
	mkdirSync(dirname(path), { recursive: true });
	const db = createNodeConnector({ path });
	await applySchema({ db });
	if (fresh) {
		const { problems } = await loadConfigDir({ db, dir: configDir(opts) });
		if (problems.length)
			console.warn(`The default configuration did not load:\n${problems.join('\n')}`);
	}
	return db;
}
