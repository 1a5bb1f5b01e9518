import type { Connector, Query } from '../../src/lib/db/connector';
import { ACCOUNTS_SCHEMA } from '../../src/lib/db/accounts-schema';
import { runQueries } from './sql-cases';

/** A setup creating the accounts tables, then running the given statements. @example setup: accountsSeed(addUserSql({ … })) */
export function accountsSeed(...queries: (Query | Query[])[]): (db: Connector) => Promise<void> {
	return async (db) => {
		await runQueries({
			db,
			queries: [...ACCOUNTS_SCHEMA.map((sql) => ({ sql })), ...queries.flat()]
		});
	};
}
