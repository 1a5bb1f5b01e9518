import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import ChartTable from './ChartTable.svelte';

describe('ChartTable', () => {
	it('writes figures en-GB, a missing value as "no data" (never 0) and notes', async () => {
		const html = renderMarkup({
			component: ChartTable,
			props: {
				caption: 'Burglary by month',
				rowHeading: 'Month',
				rows: ['March 2021', 'April 2021'],
				columns: [
					{ label: 'Burglary', values: [1234, null] },
					{ label: 'Detected', values: [12.5, 0], unit: 'percent' as const }
				],
				notes: [null, 'Not comparable: new crime system']
			}
		});
		expect(html).toContain('<td class="num">1,234</td>');
		expect(html).toContain('<td class="num">12.5%</td>');
		expect(html).toContain('<td class="num">0%</td>');
		expect(html).toContain('<span class="none">no data</span>');
		await expect(html).toMatchFileSnapshot('./__snapshots__/ChartTable.html');
	});
});
