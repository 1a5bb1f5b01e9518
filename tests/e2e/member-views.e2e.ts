import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runCli } from '../support/server';
import { useSampleApp } from '../support/sample-app';

const app = useSampleApp({
	paths: ['data/sample/police', 'data/sample/lfb', 'data/sample/probation']
});

interface Figures {
	key: string;
	now: string;
	then: string;
	pct: string;
}

async function cli(args: string[]): Promise<Record<string, unknown>[]> {
	const out = await runCli(['compare', ...args, '--json', '--data-dir', app.dataDir]);
	expect(out.code, out.stderr).toBe(0);
	return (JSON.parse(out.stdout) as { rows: Record<string, unknown>[] }).rows;
}

/** A section's rows as the page shows them: key, now, then and % change, as text. */
function rows(page: Page, section: string): Promise<Figures[]> {
	return page.locator(`#section-${section} tbody tr`).evaluateAll((trs) =>
		trs.map((tr) => {
			const cell = (col: string) =>
				tr.querySelector(`[data-col="${col}"]`)?.textContent?.trim() ?? '';
			const el = tr as HTMLElement;
			return {
				key: el.dataset.category ?? el.dataset.measure ?? '',
				now: cell('now'),
				then: cell('then'),
				pct: cell('pct')
			};
		})
	);
}

const number = (n: unknown) => Number(n).toLocaleString('en-GB', { maximumFractionDigits: 1 });

describe('member views in Chromium', () => {
	it('shows fire (each incident group with its kinds) and probation sections with the figures the CLI gives', async () => {
		const page = await app.browser.newPage();
		await page.goto(`${app.url}/?period=FY2021-22`);
		const fire = await cli(['--source', 'lfb', '--period', 'FY2021-22']);
		expect(await rows(page, 'fire')).toEqual(
			fire.map((r) => ({
				key: r.category,
				now: number(r.now),
				then: number(r.then),
				pct: r.pctLabel
			}))
		);
		// The kinds (Primary Fire, RTC…) nested under each incident group, adding up to it.
		const kinds = fire.filter((r) => r.kind === 'subcategory');
		expect(new Set(kinds.map((r) => r.parent))).toEqual(
			new Set(['Fire', 'Special Service', 'False Alarm'])
		);
		for (const group of ['Fire', 'Special Service', 'False Alarm']) {
			const own = kinds.filter((r) => r.parent === group);
			const row = fire.find((r) => r.category === group)!;
			expect(own.reduce((t, r) => t + Number(r.now), 0)).toBe(row.now);
			expect(own.reduce((t, r) => t + Number(r.then), 0)).toBe(row.then);
		}
		const rtc = page.locator('#section-fire tr[data-category="Special Service: RTC"] a');
		await expect.poll(() => rtc.textContent()).toBe('Special Service: RTC');
		await rtc.click();
		await page.waitForURL(/\/series\/lfb\/City%20of%20London\/Special%20Service%3A%20RTC/);
		await expect.poll(() => page.locator('h1').textContent()).toMatch(/Special Service: RTC/);
		await page.goBack();
		const measures = await cli(['--source', 'measures', '--period', 'FY2021-22']);
		const shown = await rows(page, 'measures');
		expect(shown.map((r) => r.key)).toEqual(measures.map((r) => r.key));
		for (const [i, r] of measures.entries()) {
			expect(shown[i]!.pct).toBe(r.pctLabel);
			expect(shown[i]!.now.replace(/[,%]/g, '')).toBe(
				Number(r.now).toFixed(r.basis === 'mean' ? 1 : 0)
			);
		}
		expect(await page.locator('#section-measures').textContent()).toMatch(/pts/);
		await page.close();
	});

	it('keeps every choice in the URL: a picker changes it, back and forward work, a new browser shows the same view', async () => {
		const page = await app.browser.newPage();
		await page.goto(app.url);
		await page.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 60_000 });
		const first = await rows(page, 'fire');
		await page.selectOption('select#kind', 'financial-year');
		await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('FY2021-22');
		await page.selectOption('select#period', 'FY2019-20');
		await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('FY2019-20');
		const chosen = await rows(page, 'fire');
		expect(chosen).not.toEqual(first);

		const other = await app.browser.newContext();
		const fresh = await other.newPage();
		await fresh.goto(page.url());
		expect(await rows(fresh, 'fire')).toEqual(chosen);
		expect(await rows(fresh, 'crime')).toEqual(await rows(page, 'crime'));
		await other.close();

		await page.goBack();
		await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('FY2021-22');
		await expect.poll(() => page.locator('select#period').inputValue()).toBe('FY2021-22');
		await page.goBack();
		await expect.poll(() => rows(page, 'fire')).toEqual(first);
		await page.goForward();
		await expect.poll(() => page.locator('select#period').inputValue()).toBe('FY2021-22');
		await page.close();
	});
});
