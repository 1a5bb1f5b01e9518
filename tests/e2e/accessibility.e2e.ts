import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { useSampleApp } from '../support/sample-app';

const app = useSampleApp({
	paths: ['data/sample/police', 'data/sample/lfb', 'data/sample/probation']
});

/** Each page, and what shows its browser engine is ready (pages without one are checked once hydrated). */
const PAGES: [string, string | null][] = [
	['/', '[data-engine="duckdb-wasm"]'],
	[
		'/series/police-street/City%20of%20London%20Police/Anti-social%20behaviour?period=FY2021-22',
		null
	],
	['/series/lfb/City%20of%20London/Fire', null],
	['/series/lfb/City%20of%20London/Special%20Service%3A%20RTC', null],
	['/series/measures/City%20of%20London/Reports%20delivered%20on%20the%20day', null],
	['/method', null],
	['/upload', '[data-engine="ready"]'],
	['/sign-in', null]
];

async function open(path: string, width: number): Promise<Page> {
	const page = await app.browser.newPage({ viewport: { width, height: 900 } });
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${app.url}${path}`);
	expect(errors).toEqual([]);
	return page;
}

describe('the axe check itself', () => {
	it('reports broken rules, so a clean page means something', async () => {
		const page = await open('/sign-in', 1280);
		// After hydration, which would otherwise replace what is added.
		await page.waitForLoadState('networkidle');
		await page.evaluate(() =>
			document
				.querySelector('main')
				?.append(document.createElement('img'), document.createElement('button'))
		);
		const ids = (await axeViolations({ page })).map((v) => v.id);
		expect(ids).toEqual(['button-name', 'image-alt']);
		await page.close();
	});
});

describe.each([1280, 390])('axe-core WCAG 2.2 AA at %i px', (width) => {
	it.each(PAGES)(
		'%s: no violations right after load, nor once the engine is ready',
		async (path, ready) => {
			const page = await open(path, width);
			expect(await axeViolations({ page }), 'right after load').toEqual([]);
			if (ready) await page.locator(ready).waitFor({ timeout: 60_000 });
			else await page.waitForLoadState('networkidle');
			expect(await axeViolations({ page }), 'engine ready').toEqual([]);
			await page.close();
		}
	);

	it('/: no violations after choosing another period and comparison', async () => {
		const page = await open('/', width);
		await page.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 60_000 });
		await page.selectOption('select#kind', 'financial-year');
		await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('FY2021-22');
		await page.selectOption('select#period', 'FY2019-20');
		await expect.poll(() => new URL(page.url()).searchParams.get('period')).toBe('FY2019-20');
		await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
		expect(await axeViolations({ page })).toEqual([]);
		await page.close();
	});
});
