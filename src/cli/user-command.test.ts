import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAccounts } from '../lib/server/accounts/open-accounts';
import { auditPageSql } from '../lib/db/sql/audit-sql';
import { spawnCli } from '../../tests/support/spawn-cli';

const root = mkdtempSync(join(tmpdir(), 'safer-city-users-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs `user …` with `stdin` piped in, as a script or a password manager would. */
async function user(dataDir: string, args: string[], stdin = '') {
	const run = spawnCli({ args: ['user', ...args, '--data-dir', dataDir] });
	run.child.stdin!.end(stdin);
	const { code, stdout, stderr } = await run.done;
	return { code, out: (stdout + stderr).trim() };
}

describe('npm run cli -- user', () => {
	it('adds, lists, changes and removes accounts, each in the audit log', async () => {
		const dir = mkdtempSync(join(root, 'data-'));
		expect(await user(dir, ['list'])).toEqual({
			code: 0,
			out: 'No accounts yet: add one with user add NAME --role analyst.'
		});
		expect(await user(dir, ['add', 'Ana', '--role', 'analyst'], 'first password 1\n')).toEqual({
			code: 0,
			out: 'Added analyst "ana".'
		});
		expect(
			await user(dir, ['add', 'viv', '--role', 'viewer'], 'viewer password\r\nignored')
		).toEqual({
			code: 0,
			out: 'Added viewer "viv".'
		});
		const listed = await user(dir, ['list']);
		expect(listed.out).toMatch(
			/^ana\tanalyst\tadded \d{4}-\d\d-\d\d \d\d:\d\d UTC\nviv\tviewer\tadded /
		);
		expect(await user(dir, ['passwd', 'ana'], 'second password 2\n')).toEqual({
			code: 0,
			out: 'Changed the password of "ana"; its sessions have ended.'
		});
		expect(await user(dir, ['remove', 'viv'])).toEqual({
			code: 0,
			out: 'Removed "viv" and its sessions.'
		});
		const db = await openAccounts({ dataDir: dir, waitMs: 0 });
		const log = await db.query(auditPageSql({ limit: 10, offset: 0 }));
		await db.close();
		expect(log.map((e) => [e.actor, e.via, e.action, e.subject])).toEqual([
			[userInfo().username, 'cli', 'removed account', 'viv'],
			[userInfo().username, 'cli', 'changed password', 'ana'],
			[userInfo().username, 'cli', 'added account', 'viv'],
			[userInfo().username, 'cli', 'added account', 'ana']
		]);
	}, 60_000);

	it.each([
		{
			args: ['add', 'ana'],
			stdin: 'long enough pass\n',
			code: 2,
			out: 'Give the account a role: --role analyst or --role viewer. Nothing was changed.'
		},
		{
			args: ['add', 'ana', '--role', 'viewer'],
			stdin: 'short\n',
			code: 2,
			out: 'A password needs at least 12 characters; this one has 5. Nothing was changed.'
		},
		{
			args: ['add', 'ana', '--role', 'viewer'],
			stdin: '',
			code: 2,
			out: 'A password needs at least 12 characters; this one has 0. Nothing was changed.'
		},
		{
			args: ['add', 'ana', 'long enough pass', '--role', 'viewer'],
			stdin: '',
			code: 2,
			out: 'Use: user add NAME --role analyst|viewer | user passwd NAME | user remove NAME | user list'
		},
		{
			args: ['passwd', 'zed'],
			stdin: 'long enough pass\n',
			code: 2,
			out: 'There is no account "zed". Nothing was changed.'
		},
		{
			args: ['remove'],
			stdin: '',
			code: 2,
			out: 'Use: user add NAME --role analyst|viewer | user passwd NAME | user remove NAME | user list'
		}
	])('user $args refuses: $out', async ({ args, stdin, code, out }) => {
		const dir = mkdtempSync(join(root, 'data-'));
		expect(await user(dir, args, stdin)).toEqual({ code, out });
	});

	it('says the dashboard must be stopped while another process holds the accounts', async () => {
		const dir = mkdtempSync(join(root, 'data-'));
		const held = await openAccounts({ dataDir: dir, waitMs: 0 });
		try {
			const result = await user(dir, ['list']);
			expect(result.code).toBe(1);
			expect(result.out).toBe(
				`The accounts store ${join(dir, 'store', 'accounts.duckdb')} is held by another process (PID ${process.pid}), most likely the running dashboard, which owns it while it runs: stop the dashboard, run this command again, then start it.`
			);
		} finally {
			await held.close();
		}
	}, 20_000);
});
