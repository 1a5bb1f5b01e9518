import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { useSampleApp } from '../support/sample-app';

const app = useSampleApp({ paths: ['data/sample/police', 'data/sample/lfb'] });
const SERIES = '/series/police-street/City%20of%20London%20Police/Burglary?period=2022-03';
const FIRE = '/series/lfb/City%20of%20London/Fire?period=2022-03';

/** Each table's stated totals and the sum of its first count column. */
async function totals(page: Page): Promise<{ stated: number[]; summed: number }[]> {
	return page.$$eval('article section', (sections) =>
		sections.map((s) => ({
			stated: [...(s.querySelector('p')?.textContent ?? '').matchAll(/[\d,]+(?= in )/g)].map((m) =>
				Number(m[0].replace(/,/g, ''))
			),
			summed: [...s.querySelectorAll('tbody tr')].reduce(
				(sum, tr) => sum + Number(tr.querySelector('td')?.textContent?.replace(/,/g, '') ?? 0),
				0
			)
		}))
	);
}

describe('drill-down in Chromium', () => {
	it('goes from a series page to outcomes and places, each a URL, totals adding up', async () => {
		const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${app.url}${SERIES}`);
		await page.click('a[href^="/drill/police/"]');
		await page.waitForURL(/\/drill\/police\/City%20of%20London%20Police\/Burglary\?period=2022-03/);
		expect(await page.textContent('h1')).toBe('Burglary: outcomes, March 2022 against March 2021');
		const outcomes = await totals(page);
		expect(outcomes).toHaveLength(1);
		// Every outcome is listed, so the rows add up to the period's total.
		expect(outcomes[0]!.summed).toBe(outcomes[0]!.stated[0]);
		expect(outcomes[0]!.stated[0]).toBeGreaterThan(0);
		expect(await page.locator('article svg').count()).toBeGreaterThan(0);
		await page.click('nav[aria-label="Breadcrumbs"] >> text=places');
		await page.waitForURL(/\/Burglary\/places\?period=2022-03/);
		expect(await page.locator('article h2').allTextContents()).toEqual([
			'Top locations',
			'Top LSOAs'
		]);
		const places = await totals(page);
		// Same incidents as the outcomes level; the top lists may stop before the total.
		for (const t of places) {
			expect(t.stated[0]).toBe(outcomes[0]!.stated[0]);
			expect(t.summed).toBeLessThanOrEqual(t.stated[0]!);
		}
		expect(await page.locator('.note', { hasText: 'inside the area' }).count()).toBeGreaterThan(0);
		expect(await axeViolations({ page })).toEqual([]);
		await page.close();
	});

	it('drills a fire group into its kinds', async () => {
		const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${app.url}${FIRE}`);
		await page.click('a[href^="/drill/fire/"]');
		await page.waitForURL(/\/drill\/fire\/City%20of%20London\/Fire/);
		expect(await page.textContent('h1')).toBe('Fire: kinds, March 2022 against March 2021');
		const [kinds] = await totals(page);
		expect(kinds!.summed).toBe(kinds!.stated[0]);
		await page.close();
	});

	it.each([390, 360])('fits a phone %i px wide, with no axe violation', async (width) => {
		const page = await app.browser.newPage({ viewport: { width, height: 800 } });
		await page.goto(
			`${app.url}/drill/police/City%20of%20London%20Police/Burglary/places?period=2022-03`
		);
		const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(scroll).toBeLessThanOrEqual(width);
		expect(await axeViolations({ page })).toEqual([]);
		await page.close();
	});
});
