import type { Browser, Page } from 'playwright-core';
import { comparisonDates } from './comparison-dates';
import { FIRST_MONTH, MONTHS } from './events-sql';

const KINDS = ['month', 'fy-quarter', 'financial-year', 'calendar-quarter'];
const LATEST = (() => {
	const [y, m] = FIRST_MONTH.split('-').map(Number) as [number, number];
	const k = y * 12 + m - 1 + MONTHS - 1;
	return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
})();

/**
 * Changes one picker on the overview and times it, in the page, until the new figures are in
 * the DOM (aria-busy back to false after the re-query) and the next frame has begun.
 */
function timedChange(page: Page, selector: string, value: string): Promise<number> {
	return page.evaluate(
		([selector, value]) =>
			new Promise<number>((resolve, reject) => {
				const root = document.querySelector('.page')!;
				const select = document.querySelector(selector) as HTMLSelectElement;
				let busy = false;
				const timer = setTimeout(() => reject(new Error(`No figures for ${value}`)), 20_000);
				const started = performance.now();
				new MutationObserver((_, observer) => {
					if (root.getAttribute('aria-busy') === 'true') return void (busy = true);
					if (!busy) return;
					observer.disconnect();
					clearTimeout(timer);
					requestAnimationFrame(() => resolve(performance.now() - started));
				}).observe(root, { attributes: true, attributeFilter: ['aria-busy'] });
				select.value = value;
				select.dispatchEvent(new Event('change', { bubbles: true }));
			}),
		[selector, value] as const
	);
}

/** The next picker change: every other one a new kind of period, between them another period of the same kind. */
async function nextChange(page: Page, i: number): Promise<[string, string]> {
	if (i % 2 === 0) {
		const kinds = await page.$$eval('#kind option', (os) =>
			os.map((o) => o.getAttribute('value')!)
		);
		const offered = KINDS.filter((k) => kinds.includes(k));
		return ['#kind', offered[(i / 2) % offered.length]!];
	}
	const options = await page.$$eval('#period option', (os) =>
		os.map((o) => o.getAttribute('value')!)
	);
	const current = await page.inputValue('#period');
	const others = options.filter((o) => o !== current);
	return ['#period', others[(i * 7) % others.length]!];
}

/**
 * Period switches on the overview (engine ready) interleaved with the same comparison over raw
 * events in a DuckDB-wasm of their own, in the same browser: the timings of each, in ms.
 * @example await switchBench({ browser, appUrl, baselineUrl, events: 1e6, switches: 50 })
 */
export async function switchBench(opts: {
	browser: Browser;
	appUrl: string;
	baselineUrl: string;
	events: number;
	switches: number;
}): Promise<{ subject: number[]; baseline: number[]; baselineLoadMs: number }> {
	const app = await opts.browser.newPage();
	const raw = await opts.browser.newPage();
	try {
		await app.goto(opts.appUrl);
		await app.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 120_000 });
		await raw.goto(opts.baselineUrl);
		const baselineLoadMs = await raw.evaluate(
			(rows) =>
				(window as unknown as { baseline: { load(n: number): Promise<number> } }).baseline.load(
					rows
				),
			opts.events
		);
		const subject: number[] = [];
		const baseline: number[] = [];
		for (let i = 0; i < opts.switches; i++) {
			const [selector, value] = await nextChange(app, i);
			subject.push(await timedChange(app, selector, value));
			const dates = comparisonDates({ token: await app.inputValue('#period'), latest: LATEST });
			const result = await raw.evaluate(
				(d) =>
					(
						window as unknown as {
							baseline: { compare(d: string[]): Promise<{ ms: number; rows: number }> };
						}
					).baseline.compare(d),
				dates
			);
			if (!result.rows) throw new Error(`The baseline found no events for ${dates.join(' ')}`);
			baseline.push(result.ms);
		}
		return { subject, baseline, baselineLoadMs };
	} finally {
		await app.close();
		await raw.close();
	}
}
