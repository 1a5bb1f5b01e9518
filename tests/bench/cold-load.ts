import type { Browser, Page } from 'playwright-core';

/** One cold load's marks, in ms from the start of navigation. */
export interface ColdLoad {
	fcp: number;
	/** The page hydrated (the root layout's `safer-city:hydrated` mark). */
	hydrated: number;
	/** Hydrated and the main thread free: the end of any long task running at hydration. */
	interactive: number;
	/** Untouched loads: when the engine began (the page idle), and when it could re-query. */
	engineStart?: number;
	engineReady?: number;
	/** Touched loads: from a period change made once interactive to its figures on screen. */
	choice?: number;
	/** Where that choice was answered: 'server' (a navigation) or 'duckdb-wasm'. */
	choiceBy?: string;
}

/** Watches long tasks from the first byte, so the bench can tell when the main thread is free. */
function watchLongTasks(): void {
	const w = window as unknown as { __longTasks: [number, number][] };
	w.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
}

/** First paint, hydration and the main thread free, from the page's own marks. */
function marks(page: Page) {
	return page.evaluate(() => {
		const hydrated = performance.getEntriesByName('safer-city:hydrated')[0]!.startTime;
		const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
		const busy = tasks.filter(([start, length]) => start <= hydrated && start + length > hydrated);
		return {
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			hydrated,
			interactive: Math.max(hydrated, ...busy.map(([start, length]) => start + length))
		};
	});
}

/** Changes the period kind to financial years and times it until the page says so (in the page). */
function chooseFinancialYear(page: Page): Promise<{ ms: number; by: string }> {
	return page.evaluate(
		() =>
			new Promise<{ ms: number; by: string }>((resolve, reject) => {
				const lede = document.querySelector('.lede')!;
				const by = document.querySelector('[data-engine]')!.getAttribute('data-engine')!;
				const before = lede.textContent;
				const started = performance.now();
				const done = () => {
					if (lede.textContent === before) return;
					observer.disconnect();
					resolve({ ms: performance.now() - started, by: by === 'duckdb-wasm' ? by : 'server' });
				};
				const observer = new MutationObserver(done);
				observer.observe(lede, { childList: true, characterData: true, subtree: true });
				setTimeout(() => reject(new Error('The period change showed nothing in 60 s')), 60_000);
				const kind = document.querySelector<HTMLSelectElement>('#kind')!;
				kind.value = 'financial-year';
				kind.dispatchEvent(new Event('change', { bubbles: true }));
			})
	);
}

/**
 * Loads the overview in a fresh browser context (no cache, no stored data): first contentful
 * paint, hydration, the main thread free; then either (untouched) waits for the engine to be
 * ready, or (touched) changes the period as soon as the page is interactive and times the answer.
 * @example await coldLoad({ browser, url, touch: true })
 */
export async function coldLoad(opts: {
	browser: Browser;
	url: string;
	touch: boolean;
}): Promise<ColdLoad> {
	const context = await opts.browser.newContext();
	try {
		const page = await context.newPage();
		// tsx (esbuild keepNames) wraps named functions in `__name`, which the page lacks.
		await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
		await page.addInitScript(watchLongTasks);
		await page.goto(opts.url, { waitUntil: 'commit' });
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 60_000 });
		const first = await marks(page);
		if (opts.touch) {
			const { ms, by } = await chooseFinancialYear(page);
			return { ...first, choice: ms, choiceBy: by };
		}
		await page.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 120_000 });
		const engine = await page.evaluate(() => {
			const ready = performance.getEntriesByName('safer-city:engine-ready')[0]!;
			return { engineStart: ready.startTime, engineReady: ready.startTime + ready.duration };
		});
		return { ...first, ...engine };
	} finally {
		await context.close();
	}
}
