import { toCsv } from '../csv/to-csv';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import { SNAPSHOT_TABLES } from '../db/schema';
import { pinCopySql } from '../db/sql/coverage-changes-sql';
import { loadSnapshotSql, snapshotSql } from '../db/sql/snapshot-sql';
import { runAll } from '../db/transaction';
import { applySchema } from '../store/apply-schema';

const KEEP = 4;
const cache = new Map<string, Promise<Connector>>();

/**
 * The store's figures as of a version: the browser's tables (everything but incidents) copied
 * into an in-memory DuckDB with the later coverage changes dropped, so every query and view runs
 * unchanged on it. The last few are kept, by `key` (the copy of the store read) and version.
 * @example const pinned = await pinnedStore({ db, version: 7, key: copyPath });
 */
export function pinnedStore(opts: {
	db: Connector;
	version: number;
	key: string;
}): Promise<Connector> {
	const key = `${opts.key}#${opts.version}`;
	let pinned = cache.get(key);
	if (!pinned) {
		pinned = buildPinned(opts);
		pinned.catch(() => cache.delete(key));
		cache.set(key, pinned);
		for (const old of [...cache.keys()].slice(0, -KEEP)) {
			const evicted = cache.get(old)!;
			cache.delete(old);
			// Requests may still be reading it: closed a while later.
			setTimeout(() => void evicted.then((db) => db.close()).catch(() => {}), 60_000).unref();
		}
	}
	return pinned;
}

/**
 * A new in-memory copy of the store's figures as of a version (the CLI's `--version`); the
 * caller closes it. @example const pinned = await buildPinned({ db, version: 7 });
 */
export async function buildPinned(opts: { db: Connector; version: number }): Promise<Connector> {
	const pinned = createNodeConnector();
	try {
		await applySchema({ db: pinned });
		for (const table of SNAPSHOT_TABLES) {
			const rows = await opts.db.query(snapshotSql({ table }));
			if (!rows.length) continue;
			const bytes = new TextEncoder().encode(toCsv({ rows }));
			const path = await pinned.registerFile({ name: `${table}.csv`, bytes });
			await pinned.query(loadSnapshotSql({ table, path }));
			await pinned.dropFile(path);
		}
		await runAll({ db: pinned, queries: pinCopySql({ version: opts.version }) });
		return pinned;
	} catch (error) {
		await pinned.close();
		throw error;
	}
}
