import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connector, Query, Row } from './connector';
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
		})());

	return {
		async query<T extends Row = Row>({ sql, params }: Query): Promise<T[]> {
			const { conn } = await open();
			const reader = await conn.runAndReadAll(sql, params as DuckDBValue[] | undefined);
			return reader.getRowObjectsJS().map((row) => plainRow(row) as T);
		},
		async registerFile({ name, bytes }) {
			scratch ??= await mkdtemp(join(tmpdir(), 'safer-city-'));
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
			if (scratch) await rm(scratch, { recursive: true, force: true });
			scratch = undefined;
		}
	};
}
