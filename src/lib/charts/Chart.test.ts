import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import AxisY from './AxisY.svelte';
import MarkHarness from './fixtures/MarkHarness.svelte';

describe('Chart', () => {
	it('SSR: a complete 640 px SVG named by its title and description, synthetic marked', async () => {
		const html = renderMarkup({
			component: MarkHarness,
			props: { mark: AxisY as Component<never>, markProps: {}, synthetic: true }
		});
		const id = /<title id="([^"]+)-title">/.exec(html)?.[1];
		expect(id).toBeTruthy();
		expect(html).toContain(
			`<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 640 260"`
		);
		expect(html).toContain(`<desc id="${id}-desc">One mark on its own.</desc>`);
		expect(html).toContain(
			'<title id="' + id + '-title">Test chart (synthetic sample data)</title>'
		);
		expect(html).toContain('>Synthetic sample data — not real figures</text>');
		await expect(html).toMatchFileSnapshot('./__snapshots__/Chart.synthetic.svg.html');
	});

	it('without synthetic data, no mark and a shorter head', () => {
		const html = renderMarkup({
			component: MarkHarness,
			props: { mark: AxisY as Component<never>, markProps: {} }
		});
		expect(html).not.toContain('Synthetic');
		expect(html).toContain('<g transform="translate(48,36)">');
	});
});
