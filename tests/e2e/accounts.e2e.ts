import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, startAccountsServer } from '../support/accounts-server';
import { cookieOf, request } from '../support/http-client';

const ANA = 'analyst password 1';
const VIV = 'viewer password 1';
const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-accounts-'));
let server: Awaited<ReturnType<typeof startAccountsServer>>;
const at = (path: string) => `${server.url}${path}`;
const signIn = (name: string, password: string, origin = server.origin) =>
	request({ url: at('/sign-in'), form: { name, password, next: '/audit' }, origin });
const session = async (name: string, password: string) => {
	const cookie = cookieOf(await signIn(name, password));
	const { csrfToken } = JSON.parse((await request({ url: at('/api/session'), cookie })).text);
	return { cookie, csrf: csrfToken as string };
};

beforeAll(async () => {
	await addAccount({ dataDir, name: 'ana', role: 'analyst', password: ANA });
	await addAccount({ dataDir, name: 'viv', role: 'viewer', password: VIV });
	server = await startAccountsServer({ dataDir });
});
afterAll(() => {
	server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

const EVIL = 'http://evil.example';
const UNSIGNED = 'Sign in as an analyst to change anything here.';
const FORGED = 'Cross-site POST form submissions are forbidden';
type Req = {
	url: string;
	method?: string;
	form?: Record<string, string>;
	json?: unknown;
	origin?: string;
	self?: boolean;
};
const refused = (what: string, req: Req, status: number, text: string) => ({
	what,
	req,
	status,
	text
});

describe('writes against the running server', () => {
	it.each([
		refused('a script write', { url: '/api/session', json: {} }, 401, UNSIGNED),
		refused('a DELETE', { url: '/api/session', method: 'DELETE' }, 401, UNSIGNED),
		refused('a form post', { url: '/audit', form: {}, self: true }, 401, UNSIGNED),
		refused('a forged form post', { url: '/audit', form: {}, origin: EVIL }, 403, FORGED),
		refused(
			'a forged sign-in',
			{ url: '/sign-in', form: { name: 'ana', password: ANA }, origin: EVIL },
			403,
			FORGED
		),
		refused('a forged script write', { url: '/api/session', json: {}, origin: EVIL }, 401, UNSIGNED)
	])('without a session, $what is refused $status', async ({ req, status, text }) => {
		const answer = await request({
			...req,
			url: at(req.url),
			origin: req.self ? server.origin : req.origin
		});
		expect([answer.status, answer.text]).toEqual([status, text]);
	});

	it('an analyst writes only with the CSRF token, and never by a forged form', async () => {
		const ana = await session('ana', ANA);
		const write = (opts: { csrf?: string; origin?: string; form?: Record<string, string> }) =>
			request({
				url: at('/api/session'),
				json: opts.form ? undefined : {},
				cookie: ana.cookie,
				...opts
			});
		expect(ana.csrf).toMatch(/^[\w-]{43}$/);
		expect((await write({})).status).toBe(403);
		expect((await write({ csrf: 'forged' })).status).toBe(403);
		expect((await write({ csrf: ana.csrf, origin: EVIL })).status).toBe(405); // past the guard: the route takes GET only
		expect((await write({ form: {}, origin: EVIL })).status).toBe(403);
	});

	it("a viewer's session reaches no analyst page and makes no write", async () => {
		const viv = await session('viv', VIV);
		const audit = await request({ url: at('/audit'), cookie: viv.cookie });
		expect(audit.status).toBe(403);
		expect(audit.text).toContain('The audit log is for analysts; viv is signed in as a viewer.');
		for (const write of [
			{ json: {}, csrf: viv.csrf },
			{ form: {}, origin: server.origin }
		])
			expect(
				await request({ url: at('/api/session'), cookie: viv.cookie, ...write }).then((a) => [
					a.status,
					a.text
				])
			).toEqual([403, 'Only analysts can change anything here; viv is signed in as a viewer.']);
	});

	it('the session cookie is HttpOnly, SameSite=Strict, not Secure over plain http, and dies on sign-out', async () => {
		const answer = await signIn('ana', ANA);
		expect([answer.status, answer.headers.get('location')]).toEqual([303, '/audit']);
		expect(answer.headers.get('set-cookie')).toMatch(
			/^safer_city_session=[\w-]{43}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Strict$/
		);
		const cookie = cookieOf(answer);
		expect((await request({ url: at('/audit'), cookie })).status).toBe(200);
		const again = await request({
			url: at('/sign-in'),
			form: { name: 'ana', password: ANA },
			origin: server.origin,
			cookie
		});
		expect((await request({ url: at('/audit'), cookie })).status).toBe(302); // replaced
		const renewed = cookieOf(again);
		const out = await request({
			url: at('/sign-out'),
			form: {},
			origin: server.origin,
			cookie: renewed
		});
		expect([out.status, out.headers.get('location')]).toEqual([303, '/sign-in?signed-out']);
		expect(out.headers.get('set-cookie')).toMatch(
			/^safer_city_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict$/
		);
		const after = await request({ url: at('/audit'), cookie: renewed });
		expect([after.status, after.headers.get('location')]).toEqual([302, '/sign-in?next=%2Faudit']);
	});

	it('throttles sign-in: after 5 failures even the right password waits, answered 429 with Retry-After', async () => {
		const statuses = [];
		for (let i = 0; i < 5; i++) statuses.push((await signIn('viv', `wrong password ${i}`)).status);
		expect(statuses).toEqual([401, 401, 401, 401, 401]);
		const refused = await signIn('viv', VIV);
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(25);
		expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(30);
		expect(refused.text).toMatch(
			/Too many failed sign-ins: wait (2\d|30) seconds, then try again\./
		);
		expect(refused.headers.get('set-cookie')).toBeNull();
		expect((await signIn('ana', ANA)).status).toBe(303); // another account is not held up
	});
});
