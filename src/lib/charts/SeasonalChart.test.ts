import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import { THREE_YEARS, WITH_GAPS } from './fixtures/sample-series';
import SeasonalChart from './SeasonalChart.svelte';

const base = {
	title: 'Burglary by month of the year',
	description: 'This year against the two years before.'
};

describe('SeasonalChart', () => {
	it('financial years: two muted previous years, band, dotted mean, bold current', async () => {
		const html = renderMarkup({ component: SeasonalChart, props: { ...base, series: WITH_GAPS } });
		expect(html.match(/stroke-width="1" stroke-linecap="butt"/g)).toHaveLength(2);
		expect(html).toMatch(/stroke-width="3"/);
		expect(html).toContain('class="area-mark"');
		expect(html).toContain('>2021-22</text>');
		expect(html).toContain('<th scope="col" class="num">2019-20</th>');
		// Axis Apr..Mar by short name; November of the current year has no data.
		expect(html).toMatch(/>Apr<\/text>[^]*>Mar<\/text>/);
		expect(html).toMatch(
			/November<\/th>(\n<td class="num">[\d.,]+<\/td>){2}\n<td class="num">\n<span class="none">no data/
		);
		await expect(html).toMatchFileSnapshot('./__snapshots__/SeasonalChart.financial.svg.html');
	});

	it('calendar years, synthetic', async () => {
		const html = renderMarkup({
			component: SeasonalChart,
			props: { ...base, series: THREE_YEARS, yearStart: 1 as const, synthetic: true, table: false }
		});
		expect(html).toMatch(/>Jan<\/text>[^]*>Dec<\/text>/);
		expect(html).toContain('>2022</text>');
		expect(html).toContain('Synthetic sample data — not real figures');
		await expect(html).toMatchFileSnapshot('./__snapshots__/SeasonalChart.calendar.svg.html');
	});
});
