import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Table } from 'apache-arrow';
import type { Connector, Query, Row } from '../../src/lib/db/connector';
import { arrowRows } from '../../src/lib/db/arrow-rows';

const require = createRequire(import.meta.url);

interface BlockingConnection {
	query(sql: string): Table;
	prepare(sql: string): { query(...params: unknown[]): Table; close(): void };
	close(): void;
}

/**
 * DuckDB-wasm (the browser's engine and version) run synchronously in Node, behind the same
 * Connector as the browser, so tests can show both engines store a file identically.
 * @example const db = await createWasmConnector();
 */
export async function createWasmConnector(): Promise<Connector> {
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const bundles = {
		mvp: {
			mainModule: join(dist, 'duckdb-mvp.wasm'),
			mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs')
		},
		eh: {
			mainModule: join(dist, 'duckdb-eh.wasm'),
			mainWorker: join(dist, 'duckdb-node-eh.worker.cjs')
		}
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true } });
	const conn: BlockingConnection = db.connect();
	let files = 0;
	return {
		async query<T extends Row = Row>({ sql, params }: Query): Promise<T[]> {
			if (!params?.length) return arrowRows(conn.query(sql)) as T[];
			const statement = conn.prepare(sql);
			try {
				return arrowRows(statement.query(...params)) as T[];
			} finally {
				statement.close();
			}
		},
		async registerFile({ name, bytes }) {
			const path = `upload-${++files}-${name.replace(/[^\w.-]+/g, '_')}`;
			db.registerFileBuffer(path, bytes);
			return path;
		},
		async dropFile(path) {
			db.dropFile(path);
		},
		async close() {
			conn.close();
		}
	};
}
