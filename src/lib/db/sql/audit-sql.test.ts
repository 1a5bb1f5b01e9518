import { describe, expect } from 'vitest';
import { accountsSeed } from '../../../../tests/support/accounts-seed';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import {
	SIGNED_IN,
	SIGN_IN_FAILED,
	addAuditSql,
	auditCountSql,
	auditPageSql,
	failedSignInsSql
} from './audit-sql';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const entry = (minute: number, action: string, subject: string, ip = '10.0.0.1') =>
	addAuditSql({
		nowMs: T0 + minute * 60_000,
		entry: { actor: null, via: 'web', action, subject, ip }
	});
const log = accountsSeed(
	entry(0, SIGN_IN_FAILED, 'ana'),
	entry(1, SIGN_IN_FAILED, 'ana'),
	entry(2, SIGNED_IN, 'ana'),
	entry(3, SIGN_IN_FAILED, 'ana', '10.0.0.2'),
	entry(4, SIGN_IN_FAILED, 'bob'),
	addAuditSql({
		nowMs: T0 + 5 * 60_000,
		entry: {
			actor: 'ops',
			via: 'cli',
			action: 'added account',
			subject: 'viv',
			detail: 'role viewer'
		}
	})
);
const failed = (by: 'subject' | 'ip', value: string, resetOnSuccess: boolean, sinceMs = T0 - 1) =>
	failedSignInsSql({ by, value, sinceMs, resetOnSuccess });

describe('audit-sql', () => {
	testSqlCases([
		{
			name: 'auditPageSql: newest first, one page',
			query: auditPageSql({ limit: 2, offset: 0 }),
			setup: log,
			rows: [
				{
					id: 6,
					at_ms: T0 + 300_000,
					actor: 'ops',
					via: 'cli',
					action: 'added account',
					subject: 'viv',
					detail: 'role viewer',
					ip: null
				},
				{
					id: 5,
					at_ms: T0 + 240_000,
					actor: null,
					via: 'web',
					action: SIGN_IN_FAILED,
					subject: 'bob',
					detail: null,
					ip: '10.0.0.1'
				}
			]
		},
		{
			name: 'auditPageSql: a later page',
			query: auditPageSql({ limit: 2, offset: 4 }),
			setup: log,
			rows: [
				expect.objectContaining({ id: 2, at_ms: T0 + 60_000 }),
				expect.objectContaining({ id: 1, at_ms: T0 })
			]
		},
		{ name: 'auditCountSql', query: auditCountSql(), setup: log, rows: [{ entries: 6 }] },
		{
			name: 'failedSignInsSql of an account, since its last success',
			query: failed('subject', 'ana', true),
			setup: log,
			rows: [{ failures: 1, last_ms: T0 + 180_000 }]
		},
		{
			name: 'failedSignInsSql of an address, success or not',
			query: failed('ip', '10.0.0.1', false),
			setup: log,
			rows: [{ failures: 3, last_ms: T0 + 240_000 }]
		},
		{
			name: 'failedSignInsSql within a window',
			query: failed('ip', '10.0.0.1', false, T0 + 60_000),
			setup: log,
			rows: [{ failures: 1, last_ms: T0 + 240_000 }]
		},
		{
			name: 'failedSignInsSql of no one',
			query: failed('subject', 'zed', true),
			setup: log,
			rows: [{ failures: 0, last_ms: 0 }]
		}
	]);
});
