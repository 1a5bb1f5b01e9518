import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../db/connector';
import { createNodeConnector } from '../../db/node-connector.server';
import { addUserSql } from '../../db/sql/users-sql';
import { accountsSeed } from '../../../../tests/support/accounts-seed';
import { resolveSession, startSession, tokenHash } from './sessions';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const limits = { idleMs: 12 * 3600_000, maxMs: 7 * 86400_000 };
let db: Connector;
const lastSeen = async () =>
	(await db.query<{ ms: number }>({ sql: 'SELECT epoch_ms(last_seen_at) AS ms FROM sessions' }))[0]!
		.ms;

beforeEach(async () => {
	db = createNodeConnector();
	await accountsSeed(addUserSql({ name: 'viv', role: 'viewer', passwordHash: 'h', nowMs: T0 }))(db);
});
afterEach(() => db.close());

describe('sessions', () => {
	it('tokens are 256 random bits, stored only as their SHA-256, each with its own CSRF token', async () => {
		const a = await startSession({ db, userName: 'viv', nowMs: T0 });
		const b = await startSession({ db, userName: 'viv', nowMs: T0 });
		expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
		expect(new Set([a.token, b.token, a.csrfToken, b.csrfToken]).size).toBe(4);
		const stored = await db.query({ sql: 'SELECT token_hash FROM sessions ORDER BY token_hash' });
		expect(stored).toEqual(
			[a.token, b.token]
				.map((t) => ({ token_hash: tokenHash(t) }))
				.sort((x, y) => (x.token_hash < y.token_hash ? -1 : 1))
		);
		expect(tokenHash('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('marks a session used at most once a minute', async () => {
		const { token } = await startSession({ db, userName: 'viv', nowMs: T0 });
		for (const [nowMs, seen] of [
			[T0 + 59_999, T0],
			[T0 + 60_000, T0 + 60_000],
			[T0 + 90_000, T0 + 60_000],
			[T0 + 125_000, T0 + 125_000]
		] as const) {
			expect((await resolveSession({ db, token, nowMs, ...limits }))?.user).toEqual({
				name: 'viv',
				role: 'viewer'
			});
			expect(await lastSeen()).toBe(seen);
		}
	});
});
