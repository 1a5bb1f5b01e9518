import { existsSync, linkSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createNodeConnector } from '../lib/db/node-connector.server';
import { createTempFolder, removeTempFolder } from '../lib/db/temp-folder.server';
import { storePath } from '../lib/server/store-path';
import { applySchema } from '../lib/store/apply-schema';
import { configDir } from './config-dir';
import { loadConfigDir } from './load-config-dir';

/**
 * Creates the store of a data folder, if it has none, with its schema and default configuration
 * in one step: the store is built beside its place and linked in only when whole, so a process
 * killed meanwhile leaves no store rather than a store without configuration.
 * @example await createStore({ dataDir: 'data' })
 */
export async function createStore(opts: { dataDir: string }): Promise<void> {
	const path = storePath(opts);
	if (existsSync(path)) return;
	mkdirSync(dirname(path), { recursive: true });
	const folder = createTempFolder({ parent: dirname(path) });
	try {
		const draft = join(folder, basename(path));
		const db = createNodeConnector({ path: draft });
		try {
			await applySchema({ db });
			const { problems } = await loadConfigDir({ db, dir: configDir(opts) });
			if (problems.length)
				console.warn(`The default configuration did not load:\n${problems.join('\n')}`);
		} finally {
			await db.close();
		}
		placeOnce({ from: draft, to: path });
	} finally {
		await removeTempFolder(folder);
	}
}

/** Puts a file in place unless one is there already (another process made the store first). */
function placeOnce(opts: { from: string; to: string }): void {
	try {
		linkSync(opts.from, opts.to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST' || existsSync(opts.to)) return;
		renameSync(opts.from, opts.to); // a file system without hard links
	}
}
