import { error } from '@sveltejs/kit';
import type { Connector } from '../../db/connector';
import { StoreBusyError } from '../../db/store-busy-error';
import { lockWaitMs } from '../lock-wait';
import { dataDir } from '../store-path';
import { accountsPath } from './accounts-path';
import { oneAtATime } from './one-at-a-time';
import { openAccounts } from './open-accounts';

type WithDb = ReturnType<typeof oneAtATime>;
let opened: Promise<{ db: Connector; withDb: WithDb }> | undefined;

function open(): Promise<{ db: Connector; withDb: WithDb }> {
	opened ??= openAccounts({ dataDir: dataDir(), waitMs: lockWaitMs() }).then(
		(db) => {
			// adapter-node's graceful shutdown: fold the log into the file before exiting.
			(process as NodeJS.EventEmitter).once('sveltekit:shutdown', () => void db.close());
			return { db, withDb: oneAtATime(db) };
		},
		(failure: unknown) => {
			opened = undefined; // the next request tries again
			throw failure;
		}
	);
	return opened;
}

/**
 * Runs one piece of work on the accounts store, which this server opens on first use and holds
 * while it runs; pieces run one at a time. Answers 503 in a sentence if another process holds it.
 * @example const users = await withAccounts((db) => db.query(usersSql()));
 */
export async function withAccounts<T>(work: (db: Connector) => Promise<T>): Promise<T> {
	let holder;
	try {
		holder = await open();
	} catch (failure) {
		if (!(failure instanceof StoreBusyError)) throw failure;
		const pid = failure.pid ? ` (PID ${failure.pid})` : '';
		error(
			503,
			`The accounts store ${accountsPath({ dataDir: dataDir() })} is held by another process${pid}; ` +
				'sign-in works again when it has finished.'
		);
	}
	return holder.withDb(work);
}
