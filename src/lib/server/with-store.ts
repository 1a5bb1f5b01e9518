import { error } from '@sveltejs/kit';
import type { Connector } from '../db/connector';
import { openSharedReader } from '../db/shared-reader.server';
import { StoreBusyError } from '../db/store-busy-error';
import { readSnapshot } from './read-snapshot';
import { storeBusyMessage } from './store-busy-message';
import { dataDir, storePath } from './store-path';

/** How long a request waits for a writer when the server has no earlier copy of the store. */
const FIRST_READ_WAIT_MS = 10_000;

/**
 * Reads the store for one piece of work, from the server's copy of it as last written, so that
 * the CLI can import while the server runs and requests never wait for the import.
 * Returns null when no store exists yet.
 * @example const rows = await withStore((db) => db.query({ sql: 'SELECT 1' }));
 */
export async function withStore<T>(
	work: (db: Connector, copy: { version: string }) => Promise<T>
): Promise<T | null> {
	const dir = dataDir();
	let snapshot;
	try {
		snapshot = await readSnapshot({
			path: storePath({ dataDir: dir }),
			waitMs: FIRST_READ_WAIT_MS
		});
	} catch (failure) {
		if (failure instanceof StoreBusyError)
			error(503, storeBusyMessage({ dataDir: dir, error: failure, retry: 'reload the page' }));
		throw failure;
	}
	try {
		if (!snapshot.path) return null;
		const db = openSharedReader({ path: snapshot.path });
		try {
			// Each version of the store is copied to its own path, so the path names the version.
			return await work(db, { version: snapshot.path });
		} finally {
			await db.close();
		}
	} finally {
		snapshot.release();
	}
}
