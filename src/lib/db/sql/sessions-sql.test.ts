import { describe } from 'vitest';
import { accountsSeed } from '../../../../tests/support/accounts-seed';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import {
	createSessionSql,
	endSessionSql,
	expireSessionsSql,
	sessionSql,
	touchSessionSql
} from './sessions-sql';
import { addUserSql } from './users-sql';

const HOUR = 3600_000;
const T0 = Date.UTC(2026, 0, 5, 9, 0);
const limits = { idleMs: 12 * HOUR, maxMs: 7 * 24 * HOUR };
const seeded = accountsSeed(
	addUserSql({ name: 'ana', role: 'analyst', passwordHash: 'h', nowMs: T0 }),
	createSessionSql({
		tokenHash: 'old',
		userName: 'ana',
		csrfToken: 'c0',
		nowMs: T0 - 8 * 24 * HOUR
	}),
	createSessionSql({ tokenHash: 'live', userName: 'ana', csrfToken: 'c1', nowMs: T0 }),
	createSessionSql({ tokenHash: 'orphan', userName: 'gone', csrfToken: 'c2', nowMs: T0 })
);
const live = { user_name: 'ana', role: 'analyst', csrf_token: 'c1', created_ms: T0 };
const at = (nowMs: number, tokenHash = 'live') => sessionSql({ tokenHash, nowMs, ...limits });

describe('sessions-sql', () => {
	testSqlCases([
		{
			name: 'sessionSql within both limits',
			query: at(T0 + HOUR),
			setup: seeded,
			rows: [{ ...live, last_seen_ms: T0 }]
		},
		{ name: 'sessionSql idle too long', query: at(T0 + 12 * HOUR), setup: seeded, rows: [] },
		{
			name: 'sessionSql kept alive by use, up to the absolute limit',
			query: [touchSessionSql({ tokenHash: 'live', nowMs: T0 + 11 * HOUR }), at(T0 + 22 * HOUR)],
			setup: seeded,
			rows: [{ ...live, last_seen_ms: T0 + 11 * HOUR }]
		},
		{
			name: 'sessionSql past the absolute limit however used',
			query: [
				touchSessionSql({ tokenHash: 'live', nowMs: T0 + 7 * 24 * HOUR }),
				at(T0 + 7 * 24 * HOUR + 1)
			],
			setup: seeded,
			rows: []
		},
		{
			name: 'sessionSql of a removed account',
			query: at(T0 + 1, 'orphan'),
			setup: seeded,
			rows: []
		},
		{
			name: 'endSessionSql',
			query: [endSessionSql({ tokenHash: 'live' }), at(T0 + 1)],
			setup: seeded,
			rows: []
		},
		{
			name: 'expireSessionsSql removes only the expired',
			query: [
				expireSessionsSql({ nowMs: T0 + HOUR, ...limits }),
				{ sql: 'SELECT token_hash FROM sessions ORDER BY token_hash' }
			],
			setup: seeded,
			rows: [{ token_hash: 'live' }, { token_hash: 'orphan' }]
		}
	]);
});
