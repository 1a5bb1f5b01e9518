// Runs in the bench's Chromium (bundled by baseline-server.ts): DuckDB-wasm on its own, the
// same build and bundle as the app's, holding raw events to compare the dashboard against.
import * as duckdb from '@duckdb/duckdb-wasm';
import { comparisonSql, eventsSql } from './events-sql';

let conn: duckdb.AsyncDuckDBConnection | undefined;

async function load(rows: number): Promise<number> {
	const worker = new Worker('/duckdb-browser-eh.worker.js');
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate('/duckdb-eh.wasm');
	await db.open({ query: { castBigIntToDouble: true } });
	conn = await db.connect();
	const started = performance.now();
	await conn.query(eventsSql({ table: 'events', rows }));
	return performance.now() - started;
}

/** One comparison over the raw events, as the app runs a query: prepared, bound, rows to JS. */
async function compare(dates: string[]): Promise<{ ms: number; rows: number }> {
	const started = performance.now();
	const statement = await conn!.prepare(comparisonSql({ table: 'events' }));
	const rows = (await statement.query(...dates)).toArray().map((r) => r.toJSON());
	await statement.close();
	return { ms: performance.now() - started, rows: rows.length };
}

Object.assign(window, { baseline: { load, compare } });
