import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { toCsv } from '../csv/to-csv';
import type { Connector } from '../db/connector';
import { SNAPSHOT_TABLES } from '../db/schema';
import { snapshotSql } from '../db/sql/snapshot-sql';
import { frameSnapshot } from './snapshot-frame';

/** Every snapshot table in one framed body, gzipped too, with a validator of its bytes. */
export interface SnapshotBody {
	body: Uint8Array<ArrayBuffer>;
	gzip: Uint8Array<ArrayBuffer>;
	etag: string;
}

let last: { key: string; value: Promise<SnapshotBody> } | null = null;

/**
 * The browser engine's tables in one body (each as CSV, see `loadSnapshot`), made once per copy
 * of the store the server reads: a new copy is a new database file, so its path says when the
 * figures may have changed, and a revisit costs a path lookup and a 304.
 * @example const { body, etag } = await snapshotBody({ db });
 */
export async function snapshotBody(opts: { db: Connector }): Promise<SnapshotBody> {
	const [where] = await opts.db.query<{ path: string | null }>({
		sql: 'SELECT path FROM duckdb_databases() WHERE database_name = current_database()'
	});
	const key = where?.path ?? '';
	if (!key || last?.key !== key) {
		const value = buildBody(opts.db);
		if (!key) return value;
		last = { key, value };
		value.catch(() => last?.value === value && (last = null));
	}
	return last.value;
}

async function buildBody(db: Connector): Promise<SnapshotBody> {
	const parts = [];
	for (const table of SNAPSHOT_TABLES) {
		const rows = await db.query(snapshotSql({ table }));
		parts.push({ table, rows: rows.length, bytes: new TextEncoder().encode(toCsv({ rows })) });
	}
	const body = frameSnapshot({ parts });
	const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
	return { body, gzip: new Uint8Array(gzipSync(body, { level: 6 })), etag };
}
