import { existsSync } from 'node:fs';
import type { Connector } from '../../db/connector';
import { openWhenFree } from '../../db/open-when-free.server';
import { pauseStoreCopies } from '../read-snapshot';
import { noteStoreHolder } from '../store-holder';
import { storePath } from '../store-path';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs one piece of work with the store open for writing, as the CLI writes it: under DuckDB's
 * lock (so the CLI and the server never write at once; a StoreBusyError after `waitMs`), with a
 * note saying what holds it, one piece at a time in this process, and with the server's copies
 * paused meanwhile, so that the next read copies the store as the work left it.
 * @example const version = await writeStore({ dataDir: 'data', what: 'a publish from the dashboard', waitMs: 2000, work: (db) => publish(db) });
 */
export function writeStore<T>(opts: {
	dataDir: string;
	what: string;
	waitMs: number;
	work: (db: Connector) => Promise<T>;
}): Promise<T> {
	const run = queue.then(() => writeNow(opts));
	queue = run.catch(() => undefined);
	return run;
}

async function writeNow<T>(opts: {
	dataDir: string;
	what: string;
	waitMs: number;
	work: (db: Connector) => Promise<T>;
}): Promise<T> {
	const path = storePath(opts);
	if (!existsSync(path)) throw new NoStoreError(path);
	const resume = await pauseStoreCopies();
	const done = noteStoreHolder({ dataDir: opts.dataDir, what: opts.what });
	try {
		const db = await openWhenFree({ path, waitMs: opts.waitMs });
		try {
			return await opts.work(db);
		} finally {
			await db.close();
		}
	} finally {
		done();
		resume();
	}
}

/** The data folder has no store yet, so there is nothing to publish into. */
export class NoStoreError extends Error {
	constructor(path: string) {
		super(
			`There is no store at ${path} yet: start the dashboard with "npm start", which creates it, then publish.`
		);
		this.name = 'NoStoreError';
	}
}
