import type { Connector } from '../db/connector';
import { SCHEMA } from '../db/schema';
import { runAll } from '../db/transaction';

/** Creates the store's tables and views where missing. @example await applySchema({ db }) */
export async function applySchema(opts: { db: Connector }): Promise<void> {
	await runAll({ db: opts.db, queries: SCHEMA.map((sql) => ({ sql })) });
}
