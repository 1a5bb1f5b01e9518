import { describe } from 'vitest';
import { accountsSeed } from '../../../../tests/support/accounts-seed';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import { createSessionSql } from './sessions-sql';
import { addUserSql, removeUserSql, setPasswordSql, userSql, usersSql } from './users-sql';

const T0 = Date.UTC(2026, 0, 5, 9, 30);
const T1 = T0 + 60_000;
const two = accountsSeed(
	addUserSql({ name: 'viv', role: 'viewer', passwordHash: 'h-viv', nowMs: T0 }),
	addUserSql({ name: 'ana', role: 'analyst', passwordHash: 'h-ana', nowMs: T0 }),
	createSessionSql({ tokenHash: 's1', userName: 'ana', csrfToken: 'c1', nowMs: T0 })
);
const listed = (name: string, role: string, changed = T0) => ({
	name,
	role,
	created_ms: T0,
	password_changed_ms: changed
});

describe('users-sql', () => {
	testSqlCases([
		{
			name: 'usersSql lists by name, without hashes',
			query: usersSql(),
			setup: two,
			rows: [listed('ana', 'analyst'), listed('viv', 'viewer')]
		},
		{
			name: 'userSql finds one with its hash',
			query: userSql({ name: 'ana' }),
			setup: two,
			rows: [{ ...listed('ana', 'analyst'), password_hash: 'h-ana' }]
		},
		{ name: 'userSql of no one', query: userSql({ name: 'bob' }), setup: two, rows: [] },
		{
			name: 'setPasswordSql changes the hash and ends the sessions',
			query: [
				...setPasswordSql({ name: 'ana', passwordHash: 'h-new', nowMs: T1 }),
				{
					sql: "SELECT password_hash, (SELECT count(*) FROM sessions) AS sessions FROM users WHERE name = 'ana'"
				}
			],
			setup: two,
			rows: [{ password_hash: 'h-new', sessions: 0 }]
		},
		{
			name: 'removeUserSql removes the account and its sessions',
			query: [
				...removeUserSql({ name: 'ana' }),
				{
					sql: 'SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM sessions) AS sessions'
				}
			],
			setup: two,
			rows: [{ users: 1, sessions: 0 }]
		}
	]);
});
