import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runCli } from '../support/server';
import { useSampleApp } from '../support/sample-app';

type CliRow = {
	category: string;
	now: number;
	then: number;
	change: number;
	pctLabel: string;
	narrative?: string;
};

const app = useSampleApp();

async function cli(period: string, vs = 'yoy', ...more: string[]): Promise<CliRow[]> {
	const out = await runCli([
		'compare',
		'--period',
		period,
		'--vs',
		vs,
		...more,
		'--json',
		'--data-dir',
		app.dataDir
	]);
	expect(out.code, out.stderr).toBe(0);
	return (JSON.parse(out.stdout) as { rows: CliRow[] }).rows;
}

/** The crime section: the total and crime types, then the partnership's priority groups. */
async function crimeRows(period: string, vs = 'yoy'): Promise<CliRow[]> {
	return [...crime(await cli(period, vs)), ...(await cli(period, vs, '--group', 'all'))];
}

const ASB = 'Anti-social behaviour';

/** The overview shows police crime and ASB as two sections; the CLI lists them together. */
const crime = (rows: CliRow[]) => rows.filter((r) => r.category !== ASB);
const asb = (rows: CliRow[]) => rows.filter((r) => r.category === ASB);

async function table(page: Page, section: string): Promise<CliRow[]> {
	return page
		.locator(`#section-${section} table, section[data-period-kind="${section}"] table`)
		.first()
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
		const page = await app.browser.newPage();
		const foreign: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith(app.url) && !r.url().startsWith('data:')) foreign.push(r.url());
		});
		await page.goto(app.url);
		await expect.poll(() => page.locator('select#period').inputValue()).toBe('2022-03');
		expect(pick(await table(page, 'crime'))).toEqual(pick(await crimeRows('2022-03')));
		expect(pick(await table(page, 'asb'))).toEqual(pick(asb(await cli('2022-03'))));

		await page.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 60_000 });
		const documents: string[] = [];
		page.on('request', (r) => r.resourceType() === 'document' && documents.push(r.url()));
		await page.selectOption('select#period', '2021-06');
		await expect
			.poll(() => page.locator('h2 + .subtitle').first().textContent())
			.toContain('June 2021');

		expect(pick(await table(page, 'crime'))).toEqual(pick(await crimeRows('2021-06')));
		expect(pick(await table(page, 'ytd-financial'))).toEqual(pick(await cli('FYTD2021-06')));
		expect(documents, 'the month change must not reload the page').toEqual([]);
		expect(new URL(page.url()).searchParams.get('period')).toBe('2021-06');
		expect(foreign, 'nothing may be fetched from outside the app').toEqual([]);
		await page.close();
	});

	it('serves a month from the URL on the server, before any script runs', async () => {
		const context = await app.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${app.url}/?month=2020-04`);
		expect(pick(await table(page, 'crime'))).toEqual(pick(await crimeRows('2020-04')));
		await context.close();
	});

	it.each([
		['financial-year', 'FY2020-21', 'yoy'],
		['rolling-12', 'YE2021-12', 'yoy'],
		['fy-quarter', 'FY2021-22:Q1', 'yoy'],
		['fy-quarter', 'FY2021-22:Q1', 'previous'],
		['calendar-quarter', '2021-Q2', 'yoy'],
		['calendar-year', '2021', 'yoy'],
		['ytd-calendar', 'YTD2021-05', 'yoy'],
		['ytd-financial', 'FYTD2021-05', 'yoy']
	])(
		'picks a %s (%s, %s) and reads the same figures and sentences as the CLI',
		async (kind, token, vs) => {
			const page = await app.browser.newPage();
			await page.goto(app.url);
			await page.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 60_000 });
			await page.selectOption('select#kind', kind);
			await page.selectOption('select#period', token);
			await page.selectOption('select#vs', vs);
			await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe(token);
			const expected = await crimeRows(token, vs);
			await expect.poll(async () => pick(await table(page, 'crime'))).toEqual(pick(expected));
			const sentences = await page.locator('#section-crime [data-narrative]').allTextContents();
			expect(sentences).toEqual(expected.map((r) => r.narrative));
			expect(sentences[0]).toMatch(/^All crime \(excluding ASB\) (rose|fell|was unchanged)/);
			await page.close();
		}
	);
});
