import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import { BREAKS, THREE_YEARS, WITH_GAPS } from './fixtures/sample-series';
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
