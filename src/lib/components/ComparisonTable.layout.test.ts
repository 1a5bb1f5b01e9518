import { readFileSync } from 'node:fs';
import { compile } from 'svelte/compiler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../tests/support/chromium';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import { seededStore } from '../../../tests/support/seed-store';
import { runComparison } from '../compare/run-comparison';
import { parsePeriod } from '../periods/parse-period';
import ComparisonTable from './ComparisonTable.svelte';

const WIDTH = 1000;
const source = readFileSync(new URL('./ComparisonTable.svelte', import.meta.url), 'utf8');
// The shared table stylesheet and the component's own CSS, unscoped: the server render drops the
// scoping classes too.
const css =
	readFileSync(new URL('./figures-table.css', import.meta.url), 'utf8') +
	(compile(source, { filename: 'ComparisonTable.svelte', css: 'external' }).css?.code ?? '')
		.replace(/:where\(\.svelte-[a-z0-9]+\)/g, '')
		.replace(/\.svelte-[a-z0-9]+/g, '');

const markup = async (label: string) => {
	const months = { '2020-06': { [label]: 4, Burglary: 2 }, '2021-06': { [label]: 6, Burglary: 3 } };
	const db = await seededStore({ months });
	try {
		const comparison = await runComparison({
			db,
			source: 'police-street',
			area: 'Test Force',
			period: parsePeriod('2021-06'),
			vs: 'yoy'
		});
		return renderMarkup({ component: ComparisonTable, props: { comparison, title: 'Crime' } });
	} finally {
		await db.close();
	}
};

describe('ComparisonTable layout in Chromium', () => {
	let chromium: Awaited<ReturnType<typeof launchChromium>>;
	beforeAll(async () => (chromium = await launchChromium()));
	afterAll(() => chromium.close());

	it.each([
		['a 5,000-character word', 'x'.repeat(5_000)],
		['a 5,000-character sentence', 'Theft of or from a vehicle '.repeat(185)],
		['a short label', 'Burglary in a dwelling']
	])('keeps %s inside the page, its full text kept', async (_, label) => {
		const page = await chromium.browser.newPage({ viewport: { width: WIDTH, height: 800 } });
		await page.setContent(`<style>body { margin: 0 } ${css}</style>${await markup(label)}`);
		const found = await page.evaluate((wanted) => {
			const cell = [...document.querySelectorAll('tbody th')].find((th) =>
				th.textContent?.includes(wanted.slice(0, 20))
			) as HTMLElement;
			const name = cell.querySelector('.name') as HTMLElement | null;
			return {
				tableWidth: document.querySelector('table')!.scrollWidth,
				pageWidth: document.documentElement.scrollWidth,
				cellHeight: cell.getBoundingClientRect().height,
				text: name?.textContent ?? cell.textContent,
				title: name?.title ?? ''
			};
		}, label);
		await page.close();
		expect(found.tableWidth).toBeLessThanOrEqual(WIDTH);
		expect(found.pageWidth).toBeLessThanOrEqual(WIDTH);
		expect(found.cellHeight).toBeLessThan(100);
		expect(found.text).toBe(label);
		expect(found.title).toBe(label.length > 60 ? label : '');
	});

	it.each([360, 390])(
		'keeps now, then and the percentage change on screen at %i px, the rest under the label',
		async (width) => {
			const page = await chromium.browser.newPage({ viewport: { width, height: 800 } });
			await page.setContent(
				`<style>body { margin: 0 } ${css}</style>${await markup('Violence and sexual offences')}`
			);
			const cells = await page.evaluate(() =>
				[...document.querySelectorAll('tbody tr')].map((tr) => {
					const box = (col: string) => {
						const el = tr.querySelector(`[data-col="${col}"]`) as HTMLElement;
						const r = el.getBoundingClientRect();
						return r.width > 0 ? Math.round(r.right) : null;
					};
					const compact = tr.querySelector('.compact') as HTMLElement;
					return {
						now: box('now'),
						then: box('then'),
						pct: box('pct'),
						change: box('change'),
						compact: compact.getBoundingClientRect().height > 0 ? compact.innerText : null
					};
				})
			);
			await page.close();
			expect(cells.length).toBeGreaterThan(1);
			for (const c of cells) {
				for (const col of [c.now, c.then, c.pct]) expect(col).toBeLessThanOrEqual(width);
				expect(c.change).toBeNull();
				expect(c.compact).toMatch(/(better|worse|no change).*(beyond normal|normal variation)/s);
			}
		}
	);
});
