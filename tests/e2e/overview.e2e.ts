import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { loadedDataDir, runCli, startServer } from '../support/server';

type CliRow = { category: string; now: number; then: number; change: number; pctLabel: string };

let data: Awaited<ReturnType<typeof loadedDataDir>>;
let server: Awaited<ReturnType<typeof startServer>>;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
	data = await loadedDataDir(['data/sample/police']);
	server = await startServer({ dataDir: data.dir });
	chromium = await launchChromium();
});

afterAll(async () => {
	await chromium?.close();
	server?.stop();
	data?.remove();
});

async function cli(period: string): Promise<CliRow[]> {
	const out = await runCli(['compare', '--period', period, '--json', '--data-dir', data.dir]);
	expect(out.code, out.stderr).toBe(0);
	return (JSON.parse(out.stdout) as { rows: CliRow[] }).rows;
}

async function table(page: Page, index: number): Promise<CliRow[]> {
	return page
		.locator('table')
		.nth(index)
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((tr) => {
				const cell = (col: string) =>
					tr.querySelector(`[data-col="${col}"]`)?.textContent?.trim() ?? '';
				const number = (col: string) => Number(cell(col).replace(/[,+]/g, ''));
				return {
					category: (tr as HTMLElement).dataset.category ?? '',
					now: number('now'),
					then: number('then'),
					change: number('change'),
					pctLabel: cell('pct')
				};
			})
		);
}

const pick = (rows: CliRow[]) =>
	rows.map(({ category, now, then, change, pctLabel }) => ({
		category,
		now,
		then,
		change,
		pctLabel
	}));

describe('overview in Chromium', () => {
	it('shows server figures, starts DuckDB-wasm from the app itself, and re-queries in the browser', async () => {
		const page = await chromium.browser.newPage();
		const foreign: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
		});
		await page.goto(server.url);
		await expect.poll(() => page.locator('select#month').inputValue()).toBe('2022-03');
		expect(pick(await table(page, 0))).toEqual(pick(await cli('2022-03')));

		await page.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 60_000 });
		const documents: string[] = [];
		page.on('request', (r) => r.resourceType() === 'document' && documents.push(r.url()));
		await page.selectOption('select#month', '2021-06');
		await expect
			.poll(() => page.locator('h2 + .subtitle').first().textContent())
			.toContain('June 2021');

		expect(pick(await table(page, 0))).toEqual(pick(await cli('2021-06')));
		expect(pick(await table(page, 1))).toEqual(pick(await cli('FYTD2021-06')));
		expect(documents, 'the month change must not reload the page').toEqual([]);
		expect(new URL(page.url()).searchParams.get('month')).toBe('2021-06');
		expect(foreign, 'nothing may be fetched from outside the app').toEqual([]);
		await page.close();
	});

	it('serves a month from the URL on the server, before any script runs', async () => {
		const context = await chromium.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}/?month=2020-04`);
		expect(pick(await table(page, 0))).toEqual(pick(await cli('2020-04')));
		await context.close();
	});
});
