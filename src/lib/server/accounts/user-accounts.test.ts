import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../db/connector';
import { createNodeConnector } from '../../db/node-connector.server';
import { auditPageSql } from '../../db/sql/audit-sql';
import { userSql } from '../../db/sql/users-sql';
import { accountsSeed } from '../../../../tests/support/accounts-seed';
import { verifyPassword } from './password-hash';
import { addUser, changePassword, listUsers, removeUser } from './user-accounts';

const cost = { N: 1024, r: 8, p: 1 };
const T0 = Date.UTC(2026, 0, 5, 9, 0);
let db: Connector;
const change = (nowMs = T0) => ({ db, actor: 'ops', via: 'cli' as const, nowMs });
const log = async () =>
	(await db.query(auditPageSql({ limit: 10, offset: 0 }))).map((r) => [
		r.action,
		r.subject,
		r.detail
	]);

beforeEach(async () => {
	db = createNodeConnector();
	await accountsSeed()(db);
});
afterEach(() => db.close());

describe('user accounts', () => {
	it('adds, lists, changes the password of and removes an account, each in the audit log', async () => {
		const password = 'first password 1';
		expect(await addUser({ ...change(), name: ' Ana ', role: 'analyst', password, cost })).toEqual({
			name: 'ana',
			role: 'analyst'
		});
		expect(await listUsers({ db })).toEqual([
			{ name: 'ana', role: 'analyst', created_ms: T0, password_changed_ms: T0 }
		]);
		await changePassword({
			...change(T0 + 1000),
			name: 'ANA',
			password: 'second password 2',
			cost
		});
		const [row] = await db.query<{ password_hash: string }>(userSql({ name: 'ana' }));
		expect(await verifyPassword({ password: 'second password 2', hash: row!.password_hash })).toBe(
			true
		);
		expect(await verifyPassword({ password, hash: row!.password_hash })).toBe(false);
		await removeUser({ ...change(T0 + 2000), name: 'ana' });
		expect(await listUsers({ db })).toEqual([]);
		expect(await log()).toEqual([
			['removed account', 'ana', null],
			['changed password', 'ana', 'sessions ended'],
			['added account', 'ana', 'role analyst']
		]);
	});

	it.each([
		{
			name: 'ana',
			role: 'admin',
			password: 'long enough pass',
			message: 'Give the account a role: --role analyst or --role viewer.'
		},
		{
			name: 'ana',
			role: undefined,
			password: 'long enough pass',
			message: 'Give the account a role: --role analyst or --role viewer.'
		},
		{
			name: 'a b',
			role: 'viewer',
			password: 'long enough pass',
			message: /^An account name is 1 to 64/
		},
		{
			name: 'ana',
			role: 'viewer',
			password: 'short',
			message: 'A password needs at least 12 characters; this one has 5.'
		},
		{
			name: 'viv',
			role: 'viewer',
			password: 'long enough pass',
			message: 'There is already an account "viv".'
		}
	])('refuses $name $role $password: nothing stored', async ({ name, role, password, message }) => {
		await addUser({ ...change(), name: 'viv', role: 'viewer', password: 'viewer password', cost });
		await expect(addUser({ ...change(), name, role, password, cost })).rejects.toThrow(message);
		expect((await listUsers({ db })).map((u) => u.name)).toEqual(['viv']);
		expect(await log()).toHaveLength(1);
	});

	it.each([
		() => changePassword({ ...change(), name: 'zed', password: 'long enough pass', cost }),
		() => removeUser({ ...change(), name: 'zed' })
	])('refuses to change an account that does not exist (%#)', async (act) => {
		await expect(act()).rejects.toThrow('There is no account "zed".');
		expect(await log()).toEqual([]);
	});
});
