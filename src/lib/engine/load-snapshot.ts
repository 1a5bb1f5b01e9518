import type { Connector } from '../db/connector';
import { isSnapshotTable } from '../db/schema';
import { loadSnapshotSql } from '../db/sql/snapshot-sql';
import { readSnapshotFrame } from './snapshot-frame';

/**
 * Loads a body from `GET /api/snapshot` into a store with the schema applied: each table's CSV,
 * read with the dialect `toCsv` writes. Returns how many rows it loaded.
 * @example await loadSnapshot({ db, body: new Uint8Array(await response.arrayBuffer()) });
 */
export async function loadSnapshot(opts: { db: Connector; body: Uint8Array }): Promise<number> {
	let loaded = 0;
	for (const part of readSnapshotFrame({ body: opts.body })) {
		if (!isSnapshotTable(part.table)) throw new Error(`The snapshot holds an unknown table.`);
		if (!part.rows) continue;
		// A copy: registering hands the buffer over to DuckDB's worker, and the parts share one.
		const path = await opts.db.registerFile({
			name: `${part.table}.csv`,
			bytes: part.bytes.slice()
		});
		await opts.db.query(loadSnapshotSql({ table: part.table, path }));
		await opts.db.dropFile(path);
		loaded += part.rows;
	}
	return loaded;
}
