import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../support/accounts-server';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/chromium';
import {
	policeMonth,
	publishUploads,
	signInAs,
	startPublishServer,
	uploadBytes,
	writeMonths,
	type PublishServer
} from '../support/publish-server';
import { runCli } from '../support/server';

const ANA = 'analyst password 1';
const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-publish-browser-'));
let server: PublishServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
	const files = writeMonths({
		dir: join(dataDir, 'incoming'),
		months: [
			{ month: '2022-01', counts: { Burglary: 4, Robbery: 2 } },
			{ month: '2022-02', counts: { Burglary: 5 } }
		]
	});
	const imported = await runCli(['import', ...files, '--data-dir', dataDir, '--as', 'setup']);
	expect(imported.code, imported.stdout + imported.stderr).toBe(0);
	await addAccount({ dataDir, name: 'ana', role: 'analyst', password: ANA });
	[server, chromium] = await Promise.all([startPublishServer({ dataDir }), launchChromium()]);
});
afterAll(async () => {
	await chromium?.close();
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

/** The overview's Burglary figure for the chosen month (compared with a year earlier), as shown. */
const burglary = async (page: Page) => {
	const cell = page.locator('#section-crime tr[data-category="Burglary"] [data-col="now"]').first();
	if (!(await cell.count())) return null;
	return Number((await cell.textContent())?.replace(/,/g, ''));
};

describe('publishing seen in Chromium', () => {
	it("a member's browser shows a newly published month after one reload", async () => {
		const member = await chromium.browser.newContext();
		const page = await member.newPage();
		await page.goto(`${server.url}/?period=2023-01`);
		expect(await page.locator('select#period option[value="2023-01"]').count()).toBe(0);

		const ana = await signInAs({ url: server.url, name: 'ana', password: ANA });
		const bytes = policeMonth({ month: '2023-01', counts: { Burglary: 7, Robbery: 1 } });
		const up = await uploadBytes({ url: server.url, session: ana, name: 'january.csv', bytes });
		const file = {
			sha256: (up.body as { sha256: string }).sha256,
			name: '2023-01-city-of-london-street.csv'
		};
		expect((await publishUploads({ url: server.url, session: ana, files: [file] })).status).toBe(
			200
		);

		await page.reload();
		expect(await page.locator('select#period').inputValue()).toBe('2023-01');
		expect(await burglary(page)).toBe(7);
		await member.close();
	});

	it('an analyst signs in, uploads, checks on the server and publishes; a browser with no session sees it', async () => {
		const analyst = await chromium.browser.newContext();
		const page = await analyst.newPage();
		await page.goto(`${server.url}/upload`);
		const file = join(dataDir, '2023-02-city-of-london-street.csv');
		writeFileSync(file, policeMonth({ month: '2023-02', counts: { Burglary: 9, Drugs: 3 } }));
		await page.setInputFiles('input[type=file]', file);
		await page.locator('[data-phase="checked"]').waitFor({ timeout: 60_000 });
		// Signed out, the page offers signing in instead of publishing.
		const signIn = page.getByRole('link', { name: 'Sign in as an analyst to publish' });
		expect(await signIn.getAttribute('href')).toBe('/sign-in?next=%2Fupload');
		expect(await axeViolations({ page })).toEqual([]);

		await signIn.click();
		await page.getByLabel('Account name').fill('ana');
		await page.getByLabel('Password').fill(ANA);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL(`${server.url}/upload`);
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		await page.setInputFiles('input[type=file]', file);
		await page.locator('[data-phase="checked"]').waitFor({ timeout: 60_000 });

		await page.getByRole('button', { name: 'Check 1 file on the server' }).click();
		const panel = page.locator('section.publish');
		await panel.and(page.locator('[data-publish="checked"]')).waitFor();
		const month = panel.locator('tr[data-month="2023-02"]');
		expect(await month.getAttribute('data-status')).toBe('new');
		expect(await axeViolations({ page })).toEqual([]);

		await panel.getByRole('button', { name: 'Publish 1 file as a new version' }).click();
		await panel.and(page.locator('[data-publish="published"]')).waitFor();
		const version = await panel.getAttribute('data-version');
		expect(await panel.locator('.message').textContent()).toContain(
			`Published as version ${version}: 1 month new.`
		);
		const listed = page.locator(
			'tr[data-upload="2023-02-city-of-london-street.csv"][data-where="server"]'
		);
		await listed.waitFor();
		await page.locator(`section.versions tr[data-version="${version}"]`).waitFor();

		const anyone = await chromium.browser.newContext();
		const other = await anyone.newPage();
		await other.goto(`${server.url}/?period=2023-02`);
		expect(await burglary(other)).toBe(9);
		await anyone.close();
		await analyst.close();
	});
});
