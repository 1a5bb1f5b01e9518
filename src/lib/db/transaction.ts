import type { Connector, Query } from './connector';

/** Runs statements all-or-nothing: on any error the store is left as it was. @example await inTransaction({ db, queries }) */
export async function inTransaction(opts: { db: Connector; queries: Query[] }): Promise<void> {
	await opts.db.query({ sql: 'BEGIN TRANSACTION' });
	try {
		for (const q of opts.queries) await opts.db.query(q);
		await opts.db.query({ sql: 'COMMIT' });
	} catch (error) {
		await opts.db.query({ sql: 'ROLLBACK' });
		throw error;
	}
}

/** Runs statements one after another. @example await runAll({ db, queries }) */
export async function runAll(opts: { db: Connector; queries: Query[] }): Promise<void> {
	for (const q of opts.queries) await opts.db.query(q);
}
