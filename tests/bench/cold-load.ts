import type { Browser } from 'playwright-core';

/** One cold load's marks, in ms from the start of navigation. */
export interface ColdLoad {
	fcp: number;
	/** When the engine began (the page idle), and when it was ready to re-query. */
	engineStart: number;
	interactive: number;
}

/**
 * Loads the overview in a fresh browser context (no cache, no stored data): first contentful
 * paint, and the engine ready (the first local re-query possible), from performance marks.
 * @example await coldLoad({ browser, url })
 */
export async function coldLoad(opts: { browser: Browser; url: string }): Promise<ColdLoad> {
	const context = await opts.browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(opts.url);
		await page.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 120_000 });
		return await page.evaluate(() => {
			const ready = performance.getEntriesByName('safer-city:engine-ready')[0]!;
			return {
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				engineStart: ready.startTime,
				interactive: ready.startTime + ready.duration
			};
		});
	} finally {
		await context.close();
	}
}
