import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { HAVE_STREET_FIXTURES, STREET_2021, fixtureTitle, plainCounts } from '../support/fixtures';
import { loadedDataDir, startServer } from '../support/server';

let data: Awaited<ReturnType<typeof loadedDataDir>>;
let server: Awaited<ReturnType<typeof startServer>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
const scratch = mkdtempSync(join(tmpdir(), 'safer-city-upload-'));

beforeAll(async () => {
	data = await loadedDataDir(['data/sample/police']);
	server = await startServer({ dataDir: data.dir });
	chromium = await launchChromium();
});

afterAll(async () => {
	await chromium?.close();
	server?.stop();
	data?.remove();
	rmSync(scratch, { recursive: true, force: true });
});

async function overviewCell(page: Page, category: string): Promise<number> {
	const text = await page
		.locator('table')
		.first()
		.locator(`tr[data-category="${category}"] [data-col="now"]`)
		.textContent();
	return Number(text?.replace(/,/g, ''));
}

async function openUpload(page: Page, query = '') {
	await page.goto(`${server.url}/upload${query}`);
	await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
}

describe.skipIf(!HAVE_STREET_FIXTURES)(fixtureTitle('upload in Chromium'), () => {
	it('drops files, shows progress and the diff, saves, and the overview changes', async () => {
		const page = await chromium.browser.newPage();
		await openUpload(page);
		const file = join(STREET_2021, '2021-06-city-of-london-street.csv');
		const bytes = readFileSync(file);
		await page.locator('label.zone').evaluate((zone, b64) => {
			const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const transfer = new DataTransfer();
			transfer.items.add(
				new File([data], '2021-06-city-of-london-street.csv', { type: 'text/csv' })
			);
			zone.dispatchEvent(
				new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true })
			);
		}, bytes.toString('base64'));

		await page.locator('[data-phase="checked"]').waitFor();
		await expect.poll(() => page.locator('progress').getAttribute('value')).toBe('100');
		expect(await page.locator('[data-figure="rows"]').textContent()).toBe('570 rows');
		const month = page.locator('tr[data-month="2021-06"]');
		expect(await month.getAttribute('data-status')).toBe('replaced');
		expect(await month.locator('td.changes').textContent()).toContain('Burglary: 13 → 10');

		await page.getByRole('button', { name: 'Save 1 file' }).click();
		await page.locator('[data-phase="saved"]').waitFor();
		expect(
			await page
				.locator('tr[data-upload="2021-06-city-of-london-street.csv"] td')
				.nth(5)
				.textContent()
		).toBe('This browser — not yet published');

		await page.getByRole('link', { name: 'Overview' }).click();
		await page.selectOption('select#period', '2021-06');
		const expected = plainCounts([file]);
		await expect.poll(() => overviewCell(page, 'Burglary')).toBe(expected.get('2021-06|Burglary'));
		expect(await overviewCell(page, 'Anti-social behaviour')).toBe(
			expected.get('2021-06|Anti-social behaviour')
		);

		await page.reload();
		await page.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 60_000 });
		await page.selectOption('select#period', '2021-06');
		await expect
			.poll(() => overviewCell(page, 'Burglary'), { timeout: 20_000 })
			.toBe(expected.get('2021-06|Burglary'));
		await page.close();
	});

	it('cancels halfway through saving and nothing changes', async () => {
		const header = readFileSync(
			join(STREET_2021, '2021-07-city-of-london-street.csv'),
			'utf8'
		).split('\n')[0];
		const row = (i: number) =>
			`id${i},2021-07,City of London Police,City of London Police,-0.09,51.51,On or near Cheapside,E01032739,City of London 001F,Burglary,Under investigation,`;
		const big = join(scratch, 'big-2021-07.csv');
		writeFileSync(big, [header, ...Array.from({ length: 200_000 }, (_, i) => row(i))].join('\n'));

		const page = await chromium.browser.newPage();
		await openUpload(page, '?chunk=1');
		const before = await page.locator('tr[data-upload]').count();
		await page.setInputFiles('input[type=file]', big);
		await page.locator('[data-phase="checked"]').waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Save 1 file' }).click();
		await page.locator('[data-phase="saving"] progress').waitFor();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.locator('[data-phase="cancelled"]').waitFor();
		expect(await page.locator('.message').textContent()).toContain('nothing was stored');
		expect(await page.locator('tr[data-upload]').count()).toBe(before);

		await page.getByRole('link', { name: 'Overview' }).click();
		await page.selectOption('select#period', '2021-07');
		await expect.poll(() => overviewCell(page, 'Burglary')).toBeLessThan(1000);
		await page.close();
	});
});
