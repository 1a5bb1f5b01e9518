import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSampleApp } from '../support/sample-app';

const app = useSampleApp({
	paths: ['data/sample/police', 'data/sample/lfb', 'data/sample/probation']
});

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 120): Promise<number> {
	for (let presses = 1; presses <= max; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
			return presses;
	}
	throw new Error(`Tab never reached ${selector} in ${max} presses`);
}

/** Whether the focused element shows a focus indicator: an outline, a box shadow or (SVG) a stroke. */
function focusIndicator(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as Element;
		const style = getComputedStyle(el);
		return {
			focusVisible: el.matches(':focus-visible'),
			visible:
				(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
				style.boxShadow !== 'none' ||
				(el instanceof SVGElement && style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0)
		};
	});
}

/** The trend chart's table, row by row: month, this value, the value a year earlier. */
function tableRows(page: Page) {
	return page
		.locator('.trend-chart table tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''))
		);
}

/** The tooltip's first line (bold; wrapped onto several lines on a narrow screen). */
const tooltip = (page: Page) =>
	page
		.locator('.trend-chart .tooltip-mark text.first')
		.allTextContents()
		.then((lines) => lines.join(' '));

describe.each([1280, 390])('keyboard only at %i px', (width) => {
	it('overview → fire section → first fire series → the trend chart month by month', async () => {
		const page = await app.browser.newPage({ viewport: { width, height: 900 } });
		await page.goto(`${app.url}/?period=FY2021-22`);
		await page.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 60_000 });

		await tabTo(page, 'nav[aria-label="Sections"] a[href="#section-fire"]');
		expect(await focusIndicator(page)).toEqual({ focusVisible: true, visible: true });
		await page.keyboard.press('Enter');
		await expect.poll(() => new URL(page.url()).hash).toBe('#section-fire');
		// From the section, the next Tabs reach its first row link (not the page's first links again).
		const first = page.locator('#section-fire tbody a').first();
		const href = await first.getAttribute('href');
		expect(href).toMatch(/^\/series\/lfb\//);
		const presses = await tabTo(page, '#section-fire tbody tr:first-child a');
		expect(presses).toBeLessThan(15);
		expect(await focusIndicator(page)).toEqual({ focusVisible: true, visible: true });

		await page.keyboard.press('Enter');
		await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
		await tabTo(page, '.trend-chart [role="slider"]');
		const slider = page.locator('.trend-chart [role="slider"]');
		expect(await focusIndicator(page)).toEqual({ focusVisible: true, visible: true });

		const rows = await tableRows(page);
		expect(rows.length).toBeGreaterThan(12);
		const expected = (i: number) => {
			const [month, now, then] = rows[i] ?? [];
			const [name, year] = (month ?? '').split(' ');
			return `${month}: ${now} (${name} ${Number(year) - 1}: ${then})`;
		};
		const last = rows.length - 1;
		// Focus shows the latest month; then a month back, another, one forward, the first, a year on, the last.
		await expect.poll(() => tooltip(page)).toBe(expected(last));
		for (const [key, row] of [
			['ArrowLeft', last - 1],
			['ArrowLeft', last - 2],
			['ArrowRight', last - 1],
			['Home', 0],
			['PageUp', 12],
			['End', last]
		] as const) {
			await page.keyboard.press(key);
			await expect.poll(() => tooltip(page), { message: key }).toBe(expected(row));
			expect(await slider.getAttribute('aria-valuenow')).toBe(String(row));
			expect(await slider.getAttribute('aria-valuetext')).toMatch(
				new RegExp(`^${expected(row).replace(/[()]/g, '\\$&')}`)
			);
		}
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('.trend-chart .tooltip-mark .box').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('slider');
		await page.close();
	});
});
