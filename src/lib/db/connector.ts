/** A value that can be bound to a `?` placeholder. */
export type SqlValue = string | number | boolean | null | Date | bigint;

/** A row returned by a query: column name → plain JS value (dates as `YYYY-MM-DD` strings). */
export type Row = Record<string, unknown>;

/** One statement with its bound values, as produced by the SQL builders in `src/lib/db/sql`. */
export interface Query {
	sql: string;
	params?: SqlValue[];
}

/**
 * The one door to DuckDB, implemented natively for Node and with duckdb-wasm in the browser.
 * @example const rows = await db.query({ sql: 'SELECT ? AS x', params: [1] });
 */
export interface Connector {
	/** Runs one statement and returns its rows. */
	query<T extends Row = Row>(q: Query): Promise<T[]>;
	/** Makes bytes readable by DuckDB's file functions (read_csv) under the returned path. */
	registerFile(opts: { name: string; bytes: Uint8Array }): Promise<string>;
	/** Forgets a file made readable by `registerFile`. */
	dropFile(path: string): Promise<void>;
	/** Releases the database. */
	close(): Promise<void>;
}
