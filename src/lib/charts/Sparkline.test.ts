import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import { THREE_YEARS, WITH_GAPS } from './fixtures/sample-series';
import Sparkline from './Sparkline.svelte';

describe('Sparkline', () => {
	it('24 months with gaps kept, the latest dotted, named for screen readers', async () => {
		const html = renderMarkup({
			component: Sparkline,
			props: { series: WITH_GAPS, label: 'Monthly burglaries' }
		});
		const latest = THREE_YEARS.at(-1)?.value;
		expect(html).toContain(
			`aria-label="Monthly burglaries, April 2020 to March 2022, latest ${latest}"`
		);
		const d = /<path d="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(d.match(/M/g)).toHaveLength(3);
		expect(html.match(/<circle /g)).toHaveLength(2);
		await expect(html).toMatchFileSnapshot('./__snapshots__/Sparkline.gaps.svg.html');
	});

	it('an earlier end month and a missing latest value', () => {
		const html = renderMarkup({
			component: Sparkline,
			props: { series: WITH_GAPS, end: '2021-11', months: 12 }
		});
		expect(html).toContain(
			'aria-label="Monthly counts, December 2020 to November 2021, latest no data"'
		);
		expect(html).not.toContain('<circle');
	});
});
