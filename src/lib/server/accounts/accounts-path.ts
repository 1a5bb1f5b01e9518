import { join } from 'node:path';

/** Where the accounts store lives inside a data folder. @example accountsPath({ dataDir: 'data' }) // 'data/store/accounts.duckdb' */
export function accountsPath(opts: { dataDir: string }): string {
	return join(opts.dataDir, 'store', 'accounts.duckdb');
}
