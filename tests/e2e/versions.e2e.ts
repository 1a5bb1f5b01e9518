import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, startAccountsServer } from '../support/accounts-server';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/chromium';
import { cookieOf, request } from '../support/http-client';
import { policeMonthFile } from '../support/police-month-file';
import { loadedDataDir, runCli } from '../support/server';

const ANA = 'analyst password 1';
const root = mkdtempSync(join(tmpdir(), 'safer-city-versions-e2e-'));
let dataDir: string;
let server: Awaited<ReturnType<typeof startAccountsServer>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
const at = (path: string) => `${server.url}${path}`;
const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });

// Version 1: the sample's police files; version 2: March 2022 downloaded again, 999 burglaries.
beforeAll(async () => {
	dataDir = (await loadedDataDir(['data/sample/police'], join(root, 'data'))).dir;
	const revised = policeMonthFile({ month: '2022-03', counts: { Burglary: 999 }, tag: 'again' });
	mkdirSync(join(root, 'again'));
	writeFileSync(join(root, 'again', revised.name), revised.bytes);
	const again = await runCli(['import', join(root, 'again'), '--as', 'ops', '--data-dir', dataDir]);
	expect(again.stdout).toContain('Dataset version 2.');
	const mark = ['mark', '1', '--meeting', 'Safer City Partnership', '--date', '2021-02-25'];
	expect((await runCli([...mark, '--data-dir', dataDir])).code).toBe(0);
	await addAccount({ dataDir, name: 'ana', role: 'analyst', password: ANA });
	server = await startAccountsServer({ dataDir });
	chromium = await launchChromium();
}, 180_000);
afterAll(async () => {
	await chromium?.close();
	server?.stop();
	rmSync(root, { recursive: true, force: true });
});

/** The overview's tables as text (the banner is outside main). */
const figures = async (page: Page, path: string) => {
	await page.goto(at(path));
	return (await page.locator('main table').allInnerTexts()).join('\n');
};

describe('versions in the browser', () => {
	it('a pinned overview shows the figures of its version, and what was revised since', async () => {
		const page = await chromium.browser.newPage();
		const latest = await figures(page, '/?period=2022-03');
		expect(latest).toContain('999');
		const pinned = await figures(page, '/?period=2022-03&v=1');
		expect(pinned).not.toContain('999');
		const banner = page.locator('section.pinned');
		await expect
			.poll(() => banner.innerText())
			.toContain('As presented to Safer City Partnership, 25 February 2021');
		const text = (await banner.textContent())!.replace(/\s+/g, ' ');
		expect(text).toMatch(/Figures as of version 1, published \d+ \w+ \d{4} by /);
		expect(text).toMatch(
			new RegExp(
				`Police recorded crime, Burglary, March 2022: revised from \\d+ to 999 in the upload of ${today.format(Date.now())}`
			)
		);
		// The same choices pinned again, after the engine could have started: still version 1.
		await page.waitForTimeout(1500);
		expect((await page.locator('main table').allInnerTexts()).join('\n')).toBe(pinned);
		await page.close();
	}, 120_000);

	it('without an analyst session the rollback form is refused', async () => {
		const answer = await request({
			url: at('/versions?/rollback'),
			form: { to: '1', confirm: 'yes' },
			origin: server.origin
		});
		expect(answer.status).toBe(401);
	});

	it('an analyst rolls back to version 1, and the overview shows its figures again', async () => {
		const page = await chromium.browser.newPage();
		const before = await figures(page, '/?period=2022-03&v=1');
		await page.goto(at('/sign-in?next=%2Fversions'));
		await page.getByLabel('Account name').fill('ana');
		await page.getByLabel('Password').fill(ANA);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL(at('/versions'));
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 900 });
			expect(await axeViolations({ page })).toEqual([]);
		}
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.getByText('Roll back to version 1').click();
		await page.getByLabel('Yes, bring back the figures of version 1 as a new version').check();
		await page.getByRole('button', { name: 'Roll back' }).click();
		await expect
			.poll(() => page.getByRole('status').innerText())
			.toBe('Rolled back to the figures of version 1, as version 3.');
		const newest = page.locator('ol.versions > li').first();
		expect(await newest.innerText()).toContain('Rollback to version 1');
		expect(await figures(page, '/?period=2022-03')).toBe(before);
		expect(await figures(page, '/?period=2022-03&v=2')).toContain('999');
		const versions = await runCli(['versions', '--data-dir', dataDir]);
		expect(versions.stdout.split('\n')[0]).toMatch(/^v3 .* ana \(web\) {2}rollback to v1/);
		await page.close();
	}, 120_000);

	it('the audit log has the rollback, with who', async () => {
		const signIn = await request({
			url: at('/sign-in'),
			form: { name: 'ana', password: ANA, next: '/audit' },
			origin: server.origin
		});
		const audit = await request({ url: at('/audit'), cookie: cookieOf(signIn) });
		expect(audit.text).toMatch(/rolled back<\/td>\s*<td[^>]*>to version 1<\/td>/);
	}, 60_000);
});
