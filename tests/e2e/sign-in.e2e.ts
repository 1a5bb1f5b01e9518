import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, startAccountsServer } from '../support/accounts-server';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/chromium';

const ANA = 'analyst password 1';
const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-sign-in-'));
let server: Awaited<ReturnType<typeof startAccountsServer>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
	await addAccount({ dataDir, name: 'ana', role: 'analyst', password: ANA });
	server = await startAccountsServer({ dataDir });
	chromium = await launchChromium();
});
afterAll(async () => {
	await chromium?.close();
	server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

describe('signing in with Chromium', () => {
	it('an analyst is sent to sign in, is told of a wrong password, signs in and sees the audit log', async () => {
		const context = await chromium.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${server.url}/audit`);
		expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
			'/sign-in?next=%2Faudit'
		);

		// Filled once hydrated: under load, hydration could otherwise come between fill and click.
		await page.waitForLoadState('networkidle');
		await page.getByLabel('Account name').fill('ana');
		await page.getByLabel('Password').fill('not the password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		const summary = page.getByRole('alert');
		await expect
			.poll(() => summary.textContent())
			.toContain('The account name or the password is not right.');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
			.toBe('alert');
		expect(await page.title()).toBe('Error: Sign in – Safer City Dashboard');
		expect(await axeViolations({ page })).toEqual([]);

		await page.getByLabel('Password').fill(ANA);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL(`${server.url}/audit`);
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).textContent())
			.toBe('Audit log');
		const rows = await page
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) =>
					[...tr.querySelectorAll('td')].slice(1, 4).map((td) => td.textContent?.trim())
				)
			);
		expect(rows).toEqual([
			['ana (web)', 'signed in', 'ana'],
			['– (web)', 'sign-in failed', 'ana'],
			[expect.stringMatching(/ \(command line\)$/), 'added account', 'ana']
		]);
		expect(await axeViolations({ page })).toEqual([]);

		const [cookie] = await context.cookies();
		expect(cookie).toMatchObject({
			name: 'safer_city_session',
			httpOnly: true,
			sameSite: 'Strict',
			secure: false
		});
		await context.close();
	});
});
