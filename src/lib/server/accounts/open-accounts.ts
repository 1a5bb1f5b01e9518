import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ACCOUNTS_SCHEMA } from '../../db/accounts-schema';
import type { Connector } from '../../db/connector';
import { openWhenFree } from '../../db/open-when-free.server';
import { runAll } from '../../db/transaction';
import { accountsPath } from './accounts-path';

/**
 * Opens (creating if needed) the accounts store of a data folder for writing, waiting up to
 * `waitMs` for another process to let go of it, then throwing a StoreBusyError.
 * @example const db = await openAccounts({ dataDir: 'data', waitMs: 3000 });
 */
export async function openAccounts(opts: { dataDir: string; waitMs: number }): Promise<Connector> {
	const path = accountsPath(opts);
	mkdirSync(dirname(path), { recursive: true });
	const db = await openWhenFree({ path, waitMs: opts.waitMs });
	try {
		await runAll({ db, queries: ACCOUNTS_SCHEMA.map((sql) => ({ sql })) });
	} catch (error) {
		await db.close();
		throw error;
	}
	return db;
}
