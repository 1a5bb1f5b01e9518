import type {
	AsyncDuckDB,
	AsyncDuckDBConnection,
	AsyncPreparedStatement
} from '@duckdb/duckdb-wasm';
import type { Connector, Query, Row } from './connector';
import { arrowRows } from './arrow-rows';

/**
 * DuckDB-wasm in its Web Worker, loaded lazily from files the app serves itself (no CDN).
 * @example const db = createBrowserConnector(); await db.query({ sql: 'SELECT 42 AS x' });
 */
export function createBrowserConnector(): Connector {
	let opened: Promise<{ db: AsyncDuckDB; conn: AsyncDuckDBConnection }> | undefined;
	const open = () => (opened ??= start());
	let files = 0;
	// Preparing costs more than running the overview's small reads: keep each text's statement.
	// DuckDB binds a kept statement again when a table it reads is replaced.
	const statements = new Map<string, Promise<AsyncPreparedStatement>>();
	const forget = (sql: string) => {
		void statements
			.get(sql)
			?.then((s) => s.close())
			.catch(() => {});
		statements.delete(sql);
	};
	const statement = (conn: AsyncDuckDBConnection, sql: string) => {
		let kept = statements.get(sql);
		if (!kept) {
			if (statements.size >= MAX_STATEMENTS) forget(statements.keys().next().value!);
			kept = conn.prepare(sql);
			statements.set(sql, kept);
		}
		return kept;
	};

	return {
		async query<T extends Row = Row>({ sql, params }: Query): Promise<T[]> {
			const { conn } = await open();
			if (!params?.length) return arrowRows(await conn.query(sql)) as T[];
			try {
				return arrowRows(await (await statement(conn, sql)).query(...params)) as T[];
			} catch (error) {
				forget(sql);
				throw error;
			}
		},
		async registerFile({ name, bytes }) {
			const { db } = await open();
			const path = `upload-${++files}-${name.replace(/[^\w.-]+/g, '_')}`;
			await db.registerFileBuffer(path, bytes);
			return path;
		},
		async dropFile(path) {
			const { db } = await open();
			await db.dropFile(path);
		},
		async close() {
			if (!opened) return;
			const { db, conn } = await opened;
			opened = undefined;
			statements.clear();
			await conn.close();
			await db.terminate();
		}
	};
}

const MAX_STATEMENTS = 64;

async function start() {
	const [duckdb, { default: wasmUrl }, { default: workerUrl }] = await Promise.all([
		import('@duckdb/duckdb-wasm'),
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url')
	]);
	const worker = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(wasmUrl);
	await db.open({ query: { castBigIntToDouble: true } });
	return { db, conn: await db.connect() };
}
