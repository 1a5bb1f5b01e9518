import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import { BREAKS, THREE_YEARS, WITH_GAPS } from './fixtures/sample-series';
import RollingChart from './RollingChart.svelte';

const base = {
	title: 'Burglary, rolling 12 months',
	description: 'Burglaries in the 12 months to each month.'
};

describe('RollingChart', () => {
	it('totals 12 months; a window with a missing month is a gap', async () => {
		const html = renderMarkup({
			component: RollingChart,
			props: { ...base, series: WITH_GAPS, breaks: BREAKS }
		});
		// Shown: Mar 2020 – Mar 2022. Windows from Nov 2021 on all hold a missing month.
		const total = THREE_YEARS.slice(0, 12).reduce((sum, p) => sum + (p.value ?? 0), 0);
		expect(html).toMatch(
			new RegExp(`March 2020</th>\\n<td class="num">${total.toLocaleString('en-GB')}</td>`)
		);
		expect(html).toMatch(/October 2021<\/th>\n<td class="num">[\d,]+<\/td>/);
		expect(html).toMatch(/November 2021<\/th>\n<td class="num">\n<span class="none">no data/);
		expect(html).toContain('>New crime system</text>');
		await expect(html).toMatchFileSnapshot('./__snapshots__/RollingChart.gaps.svg.html');
	});

	it('averages percentages, with a target', async () => {
		const series = THREE_YEARS.map((p) => ({ ...p, value: (p.value ?? 0) + 10 }));
		const html = renderMarkup({
			component: RollingChart,
			props: {
				...base,
				series,
				mode: 'mean' as const,
				unit: 'percent' as const,
				target: { value: 60 },
				synthetic: true,
				table: false
			}
		});
		expect(html).toContain('>Target 60%</text>');
		expect(html).toContain('>12-month average</text>');
		expect(html).toContain('Synthetic sample data — not real figures');
		await expect(html).toMatchFileSnapshot('./__snapshots__/RollingChart.mean.svg.html');
	});
});
