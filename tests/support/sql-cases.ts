import { expect, it } from 'vitest';
import type { Connector, Query, Row } from '../../src/lib/db/connector';
import { createNodeConnector } from '../../src/lib/db/node-connector.server';
import { applySchema } from '../../src/lib/store/apply-schema';

/** One call of an SQL builder, checked for its exact text and run on native DuckDB. */
export interface SqlCase {
	name: string;
	/** What the builder returned. */
	query: Query | Query[];
	/**
	 * Run first on the store, e.g. to create the staging tables the query reads. It may return the
	 * registered path of each file the query names (so the snapshot keeps the plain name).
	 */
	setup?: (db: Connector) => Promise<void | { files: Record<string, string> }>;
	/** The rows the last statement returns (or an asymmetric matcher), when worth checking. */
	rows?: unknown;
}

/** An in-memory native store with the schema applied. @example const db = await schemaStore() */
export async function schemaStore(): Promise<Connector> {
	const db = createNodeConnector();
	await applySchema({ db });
	return db;
}

/** Runs statements one after another and returns the last one's rows. @example await runQueries({ db, queries }) */
export async function runQueries(opts: {
	db: Connector;
	queries: Query | Query[];
}): Promise<Row[]> {
	let rows: Row[] = [];
	for (const q of [opts.queries].flat()) rows = await opts.db.query(q);
	return rows;
}

/** A setup running the given statements in order. @example setup: seed(setGroupSql({ … })) */
export function seed(...queries: (Query | Query[])[]): (db: Connector) => Promise<void> {
	return async (db) => {
		await runQueries({ db, queries: queries.flat() });
	};
}

/**
 * Two tests per case: the builder's exact SQL text and values (a file snapshot), and that native
 * DuckDB runs it on a fresh schema'd in-memory store with every `?` bound (it refuses a statement
 * given more or fewer values than it has placeholders).
 * @example testSqlCases([{ name: 'one source', query: groupsSql({ source: 'lfb' }) }])
 */
export function testSqlCases(cases: readonly SqlCase[]): void {
	for (const c of cases) {
		it(`${c.name}: its exact SQL text and values`, () => {
			expect(c.query).toMatchSnapshot();
		});
		it(`${c.name}: native DuckDB runs it with every value bound`, async () => {
			const db = await schemaStore();
			try {
				const files = (await c.setup?.(db))?.files ?? {};
				const bound = [c.query].flat().map((q) => ({
					...q,
					params: q.params?.map((p) => (typeof p === 'string' ? (files[p] ?? p) : p))
				}));
				const rows = await runQueries({ db, queries: bound });
				if (c.rows !== undefined) expect(rows).toEqual(c.rows);
			} finally {
				await db.close();
			}
		});
	}
}
