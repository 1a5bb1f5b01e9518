import { dirname } from 'node:path';
import type { Connector } from '../lib/db/connector';
import { openWhenFree } from '../lib/db/open-when-free.server';
import { sweepTempFolders } from '../lib/db/temp-folder.server';
import { lockWaitMs } from '../lib/server/lock-wait';
import { findStoreHolder, noteStoreHolder } from '../lib/server/store-holder';
import { storePath } from '../lib/server/store-path';
import { applySchema } from '../lib/store/apply-schema';
import { createStore } from './create-store';

/**
 * Opens (creating if needed) the store in a data folder for writing. A new store gets the default
 * configuration (breaks, groups, populations, targets) from `<data dir>/config` or data/config;
 * after that only `config load` changes it, so edits made with `groups set` are kept. One process
 * writes at a time: this waits up to SAFER_CITY_LOCK_WAIT seconds for another to finish, then
 * throws a StoreBusyError. `what` says what this process is doing, for those kept waiting.
 * @example await openStore({ dataDir: 'data', what: 'an import' })
 */
export async function openStore(opts: { dataDir: string; what?: string }): Promise<Connector> {
	const path = storePath(opts);
	await createStore(opts);
	sweepTempFolders({ parent: dirname(path) });
	const done = noteStoreHolder({ dataDir: opts.dataDir, what: opts.what ?? 'a command' });
	const db = await openWhenFree({
		path,
		waitMs: lockWaitMs(),
		onWait: (pid) => {
			const holder = findStoreHolder({ dataDir: opts.dataDir, pid }) ?? 'another program';
			console.error(
				`Waiting for ${holder}${pid ? ` (PID ${pid})` : ''} to finish with the store …`
			);
		}
	}).catch((error: unknown) => {
		done();
		throw error;
	});
	const close = async () => {
		done();
		await db.close();
	};
	try {
		await applySchema({ db });
	} catch (error) {
		await close();
		throw error;
	}
	return { ...db, close };
}
