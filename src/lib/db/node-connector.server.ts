import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Connector, Query, Row } from './connector';
import { createTempFolder, removeTempFolder } from './temp-folder.server';
import { plainRow } from './values';

/**
 * Native DuckDB for the server, the CLI and the tests; opens the database on first query.
 * @example const db = createNodeConnector({ path: 'data/store/store.duckdb' });
 */
export function createNodeConnector(opts: { path?: string; readOnly?: boolean } = {}): Connector {
	let connection: Promise<{ instance: DuckDBInstance; conn: DuckDBConnection }> | undefined;
	let scratch: string | undefined;
	const open = () =>
		(connection ??= (async () => {
			const options: Record<string, string> = opts.readOnly ? { access_mode: 'READ_ONLY' } : {};
			const instance = await DuckDBInstance.create(opts.path ?? ':memory:', options);
			return { instance, conn: await instance.connect() };
		})().catch((error: unknown) => {
			connection = undefined; // a failed open (e.g. the file locked) may be tried again
			throw error;
		}));

	return {
		async query<T extends Row = Row>({ sql, params }: Query): Promise<T[]> {
			const { conn } = await open();
			const reader = await conn.runAndReadAll(sql, params as DuckDBValue[] | undefined);
			return reader.getRowObjectsJS().map((row) => plainRow(row) as T);
		},
		async registerFile({ name, bytes }) {
			scratch ??= createTempFolder();
			const path = join(scratch, name.replace(/[^\w.-]+/g, '_'));
			await writeFile(path, bytes);
			return path;
		},
		async dropFile(path) {
			if (scratch && path.startsWith(scratch)) await rm(path, { force: true });
		},
		async close() {
			if (connection) {
				const { conn, instance } = await connection;
				conn.closeSync();
				instance.closeSync();
				connection = undefined;
			}
			if (scratch) await removeTempFolder(scratch);
			scratch = undefined;
		}
	};
}
