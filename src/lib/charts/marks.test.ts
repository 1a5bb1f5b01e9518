import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../tests/support/render-snapshot';
import { monthSpine } from '../series/month-spine';
import AreaMark from './AreaMark.svelte';
import AxisX from './AxisX.svelte';
import AxisY from './AxisY.svelte';
import BarsMark from './BarsMark.svelte';
import LabelMark from './LabelMark.svelte';
import LineMark from './LineMark.svelte';
import NotComparableMark from './NotComparableMark.svelte';
import RuleMark from './RuleMark.svelte';
import TooltipMark from './TooltipMark.svelte';
import MarkHarness from './fixtures/MarkHarness.svelte';

// Jan–Dec 2021 with no data in April, nor in June and August (July alone between two gaps).
const values = { '2021-01': 20, '2021-02': 40, '2021-03': 30, '2021-05': 50, '2021-07': 70 };
const gappy = monthSpine({
	first: '2021-01',
	last: '2021-12',
	values: { ...values, '2021-09': 90, '2021-10': 80, '2021-11': 60, '2021-12': 0 }
});

function draw(mark: Component<never>, markProps: Record<string, unknown>, inOverlay = false) {
	return renderMarkup({ component: MarkHarness, props: { mark, markProps, inOverlay } });
}
const pathOf = (html: string, cls: string) =>
	new RegExp(`class="${cls}"[^]*?<path d="([^"]*)"`).exec(html)?.[1] ?? '';

describe('chart marks', () => {
	it.each([
		['LineMark.gaps', LineMark, { data: gappy, style: 'dashed', colour: 2 }],
		[
			'AreaMark',
			AreaMark,
			{
				months: gappy.map((p) => p.month),
				y0: gappy.map((p) => (p.value === null ? null : p.value / 2)),
				y1: gappy.map((p) => p.value)
			}
		],
		['BarsMark', BarsMark, { data: gappy }],
		['RuleMark.break', RuleMark, { month: '2021-04', label: 'New crime system', style: 'solid' }],
		['RuleMark.target', RuleMark, { value: 60, label: 'Target 60%', colour: 'target' }],
		['AxisX', AxisX, {}],
		['AxisY', AxisY, { unit: 'percent' }],
		[
			'LabelMark',
			LabelMark,
			{
				labels: [
					{ text: 'Burglary', data: gappy },
					{
						text: 'Year earlier',
						data: monthSpine({ first: '2021-01', last: '2021-12', values: { '2021-12': 4 } }),
						colour: 'muted'
					}
				]
			}
		],
		['NotComparableMark', NotComparableMark, { months: ['2021-04', '2021-05', '2021-09'] }]
	] as const)('%s renders as committed', async (name, mark, markProps) => {
		const html = draw(mark as Component<never>, markProps);
		await expect(html).toMatchFileSnapshot(`./__snapshots__/${name}.svg.html`);
	});

	it('LineMark: a gap breaks the line (a move-to per run) and is never drawn as zero', () => {
		const d = pathOf(draw(LineMark as Component<never>, { data: gappy }), 'line-mark');
		// Runs: Jan–Mar, May, Jul, Sep–Dec → four M commands; the 0 in December sits at y = innerHeight.
		expect(d.match(/M/g)).toHaveLength(4);
		const ys = [...d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
		expect(ys).toHaveLength(9);
		expect(ys.filter((y) => y === Math.max(...ys))).toHaveLength(1);
	});

	it('LineMark: May and July, between gaps, get a dot each', () => {
		const html = draw(LineMark as Component<never>, { data: gappy });
		expect(html.match(/<circle /g)).toHaveLength(2);
	});

	it('BarsMark: no bar for a month without data', () => {
		const html = draw(BarsMark as Component<never>, { data: gappy });
		expect(html.match(/<rect /g)).toHaveLength(9);
	});

	it('AxisY: d3-format ticks with thousands separators', () => {
		const html = renderMarkup({
			component: MarkHarness,
			props: { mark: AxisY as Component<never>, markProps: {}, yValues: [0, 4200] }
		});
		expect(html).toContain('>4,000</text>');
	});

	it('TooltipMark: a slider named for keyboard users, hidden until focus or hover', async () => {
		const lines = (month: string) => [`${month}: 42 (a year earlier: 37)`];
		const html = draw(
			TooltipMark as Component<never>,
			{ label: 'Test chart by month', lines },
			true
		);
		expect(html).toContain('role="slider"');
		expect(html).toContain('aria-valuetext="2021-12: 42 (a year earlier: 37)"');
		expect(html).not.toContain('class="box"');
		await expect(html).toMatchFileSnapshot('./__snapshots__/TooltipMark.svg.html');
	});
});
