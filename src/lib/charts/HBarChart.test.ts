import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import HBarChart from './HBarChart.svelte';

const bars = [
	{ label: 'Investigation complete; no suspect identified', value: 12, base: 20 },
	{ label: 'Under investigation', value: 5, base: 0 },
	{ label: 'Offender given a caution', value: 1, base: 2 }
];

describe('HBarChart', () => {
	it('one row per value, period and base bars, counts written, named for screen readers', async () => {
		const html = renderMarkup({
			component: HBarChart,
			props: {
				title: 'Outcomes, June 2021',
				description: 'Burglary outcomes in June 2021 against June 2020.',
				bars,
				valueName: 'June 2021',
				baseName: 'June 2020'
			}
		});
		expect(html).toContain('role="img"');
		// Two bars per row plus two legend swatches.
		expect(html.match(/<rect /g)).toHaveLength(bars.length * 2 + 2);
		expect(html).toContain('>12<');
		await expect(html).toMatchFileSnapshot('./__snapshots__/HBarChart.outcomes.svg.html');
	});
});
