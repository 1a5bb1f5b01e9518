import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, startAccountsServer } from '../support/accounts-server';
import { cookieOf, request } from '../support/http-client';
import { runCli } from '../support/server';

const VIV = 'viewer password 1';
const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-private-'));
let server: Awaited<ReturnType<typeof startAccountsServer>>;
const at = (path: string) => `${server.url}${path}`;

// As behind a TLS proxy: the app's own address is https, as ORIGIN says.
beforeAll(async () => {
	await addAccount({ dataDir, name: 'viv', role: 'viewer', password: VIV });
	server = await startAccountsServer({
		dataDir,
		https: true,
		env: { SAFER_CITY_VIEW: 'signed-in' }
	});
});
afterAll(() => {
	server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

describe('SAFER_CITY_VIEW=signed-in, served over https', () => {
	it.each([
		{ path: '/', status: 302, location: '/sign-in?next=%2F' },
		{ path: '/method?x=1', status: 302, location: '/sign-in?next=%2Fmethod%3Fx%3D1' },
		{ path: '/api/session', status: 401, location: null },
		{ path: '/sign-in', status: 200, location: null }
	])('signed out, $path answers $status', async ({ path, status, location }) => {
		const answer = await request({ url: at(path) });
		expect([answer.status, answer.headers.get('location')]).toEqual([status, location]);
	});

	it('a viewer signs in with a Secure cookie and then sees the pages', async () => {
		const answer = await request({
			url: at('/sign-in?next=%2Fmethod'),
			form: { name: 'viv', password: VIV, next: '/method' },
			origin: server.origin
		});
		expect([answer.status, answer.headers.get('location')]).toEqual([303, '/method']);
		expect(answer.headers.get('set-cookie')).toMatch(
			/^safer_city_session=[\w-]{43}; Max-Age=604800; Path=\/; HttpOnly; Secure; SameSite=Strict$/
		);
		const cookie = cookieOf(answer);
		for (const path of ['/method', '/api/session'])
			expect((await request({ url: at(path), cookie })).status).toBe(200);
		const page = await request({ url: at('/method'), cookie });
		expect(page.headers.get('cache-control')).toBe('private, no-store');
	});

	it('an offered next address on another site is not followed', async () => {
		const answer = await request({
			url: at('/sign-in'),
			form: { name: 'viv', password: VIV, next: '//evil.example/' },
			origin: server.origin
		});
		expect([answer.status, answer.headers.get('location')]).toEqual([303, '/']);
	});

	it('while the dashboard holds the accounts, user commands stop at once and say why', async () => {
		const started = Date.now();
		const result = await runCli(['user', 'list', '--data-dir', dataDir]);
		expect(result.code).toBe(1);
		expect(result.stderr.trim()).toMatch(
			/^The accounts store .*accounts\.duckdb is held by another process \(PID \d+\), most likely the running dashboard, which owns it while it runs: stop the dashboard, run this command again, then start it\.$/
		);
		expect(Date.now() - started).toBeLessThan(15_000);
	});
});
