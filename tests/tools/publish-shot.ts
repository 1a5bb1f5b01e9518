import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/chromium';

/**
 * The upload page's publish step at 1280 and 390 px, signed out, then signed in (the server's
 * check, then published), each screenshot with its axe violations:
 * `tsx tests/tools/publish-shot.ts <base-url> <out-dir> <analyst> <password> <file>`.
 */
const [base, out, name, password, file] = process.argv.slice(2);
if (!base || !out || !name || !password || !file)
	throw new Error('usage: publish-shot.ts <base> <out> <analyst> <password> <file>');
mkdirSync(out, { recursive: true });
const { browser, close } = await launchChromium();

async function shot(page: Page, label: string): Promise<void> {
	const violations = await axeViolations({ page });
	await page.screenshot({ path: join(out!, `${label}.png`), fullPage: true });
	console.log(`${label}: axe ${violations.length ? JSON.stringify(violations) : 'none'}`);
}

async function checked(page: Page): Promise<void> {
	await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
	await page.setInputFiles('input[type=file]', file!);
	await page.locator('[data-phase="checked"]').waitFor({ timeout: 60_000 });
}

try {
	for (const [width, publish] of [
		[1280, false],
		[390, true]
	] as const) {
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
		await page.goto(`${base}/upload`);
		await checked(page);
		await shot(page, `signed-out-${width}`);
		await page.goto(`${base}/sign-in?next=%2Fupload`);
		await page.getByLabel('Account name').fill(name);
		await page.getByLabel('Password').fill(password);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForURL(`${base}/upload`);
		await checked(page);
		await page.getByRole('button', { name: /on the server/ }).click();
		await page.locator('[data-publish="checked"]').waitFor();
		await shot(page, `server-check-${width}`);
		if (publish) {
			await page.getByRole('button', { name: /as a new version/ }).click();
			await page.locator('[data-publish="published"]').waitFor();
			await shot(page, `published-${width}`);
		}
		await context.close();
	}
} finally {
	await close();
}
