import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import type { Connector, Query, Row } from './connector';
import { plainRow } from './values';

/** Read-only instances of the store's private copies, one per copy, shared by every request. */
const instances = new Map<string, Promise<DuckDBInstance>>();

function instanceOf(path: string): Promise<DuckDBInstance> {
	let instance = instances.get(path);
	if (!instance) {
		instance = DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
		instance.catch(() => instances.delete(path));
		instances.set(path, instance);
	}
	return instance;
}

/**
 * A connection of its own to a database file that stays open for the next reader: opening and
 * closing DuckDB costs more than most requests' queries. Read-only files only.
 * @example const db = openSharedReader({ path }); await db.query(q); await db.close();
 */
export function openSharedReader(opts: { path: string }): Connector {
	const connection = instanceOf(opts.path).then((instance) => instance.connect());
	return {
		async query<T extends Row = Row>({ sql, params }: Query): Promise<T[]> {
			const reader = await (await connection).runAndReadAll(sql, params as DuckDBValue[]);
			return reader.getRowObjectsJS().map((row) => plainRow(row) as T);
		},
		async registerFile() {
			throw new Error('A shared reader cannot register files: it only reads the store.');
		},
		async dropFile() {},
		async close() {
			(await connection.catch(() => null))?.closeSync();
		}
	};
}

/** Closes a file's shared instance once no one reads it (before the file is deleted). @example await closeSharedReader({ path }) */
export async function closeSharedReader(opts: { path: string }): Promise<void> {
	const instance = instances.get(opts.path);
	instances.delete(opts.path);
	(await instance?.catch(() => null))?.closeSync();
}
