import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import { BREAKS, THREE_YEARS, WITH_GAPS } from './fixtures/sample-series';
import { textWidth } from './text-width';
import TrendChart from './TrendChart.svelte';

const base = {
	title: 'Burglary by month',
	description: 'Monthly burglaries, April 2020 to March 2022, against a year earlier.',
	label: 'Burglary'
};

describe('TrendChart', () => {
	it('draws gaps as breaks in the line, a break rule and a target rule', async () => {
		const html = renderMarkup({
			component: TrendChart,
			props: {
				...base,
				series: WITH_GAPS,
				breaks: BREAKS,
				category: 'Burglary',
				target: { value: 45 }
			}
		});
		const solid = /<path d="([^"]+)"[^>]*stroke-width="2.5"/.exec(html)?.[1] ?? '';
		// Nov 2021 and Jan 2022 missing: three runs, the lone December drawn as a dot, no zero (y 180).
		expect(solid.match(/M/g)).toHaveLength(3);
		expect(solid).not.toMatch(/,180(\D|$)/);
		expect(html).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="3.5" fill="var\(--colour\)"/);
		expect(html).toContain('>New crime system</text>');
		expect(html).not.toContain('Other category only');
		expect(html).toContain('>Target 45</text>');
		expect(html).toContain('<td>Not comparable: New crime system</td>');
		expect(html).toMatch(/November 2021<\/th>\n<td class="num">\n<span class="none">no data/);
		await expect(html).toMatchFileSnapshot('./__snapshots__/TrendChart.gaps.svg.html');
	});

	it('marks synthetic data in the SVG', async () => {
		const html = renderMarkup({
			component: TrendChart,
			props: {
				...base,
				series: THREE_YEARS,
				synthetic: true,
				table: false,
				unit: 'percent' as const
			}
		});
		expect(html).toContain('>Synthetic sample data — not real figures</text>');
		expect(html).not.toContain('<table');
		await expect(html).toMatchFileSnapshot('./__snapshots__/TrendChart.synthetic.svg.html');
	});
});

describe('TrendChart at 360 px (a phone)', () => {
	const html = renderMarkup({
		component: TrendChart,
		props: {
			title: 'Anti-social behaviour by month of the financial year, against a year earlier',
			description: 'Monthly incidents against a year earlier.',
			label: 'Anti-social behaviour',
			series: THREE_YEARS,
			breaks: [{ month: '2021-09', note: 'ASB reporting method changed', category: null }],
			synthetic: true,
			table: false,
			width: 360
		}
	});
	const texts = (cls: string) =>
		[...html.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map(
			(m) => m[1]
		);

	it('wraps the title and keeps the synthetic stamp inside the SVG, which grows to fit', async () => {
		expect(texts('title')).toEqual([
			'Anti-social behaviour by month of the',
			'financial year, against a year earlier'
		]);
		for (const line of texts('title'))
			expect(textWidth({ text: line ?? '', size: 14, bold: true })).toBeLessThanOrEqual(360);
		expect(texts('synthetic')).toEqual(['Synthetic sample data — not real figures']);
		// One more title line, 18 px: 260 + 18.
		expect(html).toContain('viewBox="0 0 360 278" width="100%" height="278"');
		await expect(html).toMatchFileSnapshot('./__snapshots__/TrendChart.360.svg.html');
	});

	it('wraps direct labels into the right padding and keeps the full text in a title', () => {
		const pad =
			360 - 48 - Number(/<line x1="0" x2="([\d.]+)" stroke="var\(--chart-axis\)"/.exec(html)?.[1]);
		expect(pad).toBe(Math.round(360 * 0.28));
		expect(html).toMatch(
			/<title>Anti-social behaviour<\/title>\n<tspan [^>]+>Anti-social<\/tspan>\n<tspan [^>]+>behaviour<\/tspan>/
		);
	});

	it('keeps the "Not comparable" label inside the plot', () => {
		const inner = Number(/<rect class="target" width="([\d.]+)"/.exec(html)?.[1]);
		const x = Number(/<text x="([\d.]+)" y="[\d.]+">Not comparable<\/text>/.exec(html)?.[1]);
		expect(x + textWidth({ text: 'Not comparable', size: 11 })).toBeLessThanOrEqual(inner);
		expect(x).toBeGreaterThan(0);
	});

	it('puts a break label near the right edge left of its rule, inside the plot', () => {
		const rule = /<g class="rule-mark"[^]*?<line x1="([\d.]+)"[^]*?<\/g>/.exec(html);
		const x = Number(rule?.[1]);
		const labels = [
			...(rule?.[0] ?? '').matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)">([^<]+)</g)
		];
		expect(labels.map((m) => m[3])).toEqual(['ASB reporting method', 'changed']);
		for (const [, at, anchor, line] of labels) {
			expect(anchor).toBe('end');
			expect(Number(at)).toBe(x - 4);
			expect(Number(at) - textWidth({ text: line ?? '', size: 11, bold: true })).toBeGreaterThan(0);
		}
	});
});
