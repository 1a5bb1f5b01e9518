import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../db/connector';
import { createNodeConnector } from '../../db/node-connector.server';
import { auditPageSql } from '../../db/sql/audit-sql';
import { accountsSeed } from '../../../../tests/support/accounts-seed';
import { oneAtATime } from './one-at-a-time';
import { endSession, resolveSession, tokenHash } from './sessions';
import { signIn } from './sign-in';
import { addUser, changePassword } from './user-accounts';

const cost = { N: 1024, r: 8, p: 1 };
const T0 = Date.UTC(2026, 0, 5, 9, 0);
const limits = { idleMs: 12 * 3600_000, maxMs: 7 * 86400_000 };
const PASSWORD = 'analyst password';
let db: Connector;
let withDb: ReturnType<typeof oneAtATime>;
const attempt = (opts: { name?: string; password?: string; ip?: string; nowMs?: number } = {}) =>
	signIn({ withDb, name: 'ana', password: PASSWORD, ip: '10.0.0.1', nowMs: T0, limits, ...opts });
const actions = async () =>
	(await db.query(auditPageSql({ limit: 100, offset: 0 }))).map((e) =>
		`${e.action}: ${e.subject} ${e.detail ?? ''}`.trim()
	);

beforeEach(async () => {
	db = createNodeConnector();
	await accountsSeed()(db);
	withDb = oneAtATime(db);
	await addUser({
		db,
		actor: 'ops',
		via: 'cli',
		nowMs: T0 - 1,
		name: 'ana',
		role: 'analyst',
		password: PASSWORD,
		cost
	});
});
afterEach(() => db.close());

describe('signIn and sessions', () => {
	it('signs in, resolves the session until it ends, and logs both', async () => {
		const result = await attempt({ name: ' ANA ' });
		if (result.kind !== 'signed-in') throw new Error(result.kind);
		expect(result.token).toMatch(/^[\w-]{43}$/);
		expect(result.user).toEqual({ name: 'ana', role: 'analyst' });
		const stored = await db.query({ sql: 'SELECT token_hash FROM sessions' });
		expect(stored).toEqual([{ token_hash: tokenHash(result.token) }]);
		const session = { db, token: result.token, ...limits };
		expect(await resolveSession({ ...session, nowMs: T0 + 3600_000 })).toEqual({
			user: { name: 'ana', role: 'analyst' },
			csrfToken: result.csrfToken
		});
		expect(await resolveSession({ ...session, token: 'forged', nowMs: T0 + 1 })).toBeNull();
		await endSession({ db, token: result.token });
		expect(await resolveSession({ ...session, nowMs: T0 + 2 })).toBeNull();
		expect(await actions()).toEqual(['signed in: ana', 'added account: ana role analyst']);
	});

	it('a session ends after 12 idle hours, or when the password changes', async () => {
		const first = await attempt();
		const second = await attempt();
		if (first.kind !== 'signed-in' || second.kind !== 'signed-in') throw new Error('not signed in');
		expect(
			await resolveSession({ db, token: first.token, nowMs: T0 + 12 * 3600_000, ...limits })
		).toBeNull();
		await changePassword({
			db,
			actor: 'ops',
			via: 'cli',
			nowMs: T0 + 1,
			name: 'ana',
			password: 'another password',
			cost
		});
		expect(await resolveSession({ db, token: second.token, nowMs: T0 + 2, ...limits })).toBeNull();
	});

	it.each([
		{ name: 'ana', password: 'wrong password', detail: 'wrong password' },
		{ name: 'nobody', password: PASSWORD, detail: 'no such account' }
	])('refuses $name with $password alike, logging why', async ({ name, password, detail }) => {
		expect(await attempt({ name, password })).toEqual({ kind: 'refused' });
		expect((await actions())[0]).toBe(`sign-in failed: ${name} ${detail}`);
		expect(await db.query({ sql: 'SELECT * FROM sessions' })).toEqual([]);
	});

	it('after 5 failures refuses even the right password for 30 s, then lets it in', async () => {
		for (let i = 0; i < 5; i++)
			expect((await attempt({ password: `wrong ${i}`, nowMs: T0 + i })).kind).toBe('refused');
		expect(await attempt({ nowMs: T0 + 4 + 10_000 })).toEqual({
			kind: 'throttled',
			retryAfterS: 20
		});
		expect(await attempt({ ip: '10.9.9.9', nowMs: T0 + 4 + 10_000 })).toEqual({
			kind: 'throttled',
			retryAfterS: 20
		});
		expect((await attempt({ name: 'other', password: 'x', nowMs: T0 + 10_000 })).kind).toBe(
			'refused'
		);
		expect((await attempt({ nowMs: T0 + 4 + 30_000 })).kind).toBe('signed-in');
		expect((await actions()).slice(0, 4)).toEqual([
			'signed in: ana',
			'sign-in throttled: ana retry after 20 s',
			'sign-in throttled: ana retry after 20 s',
			'sign-in failed: other no such account'
		]);
	});

	it('counts tries still being checked: 8 at once, 5 are checked and 3 refused unchecked', async () => {
		const results = await Promise.all(
			Array.from({ length: 8 }, (_, i) => attempt({ password: `wrong ${i}` }))
		);
		expect(results.map((r) => r.kind).sort()).toEqual([
			...Array(5).fill('refused'),
			...Array(3).fill('throttled')
		]);
	});
});
