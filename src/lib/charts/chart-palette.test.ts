import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast-ratio';

const css = readFileSync(new URL('./chart-palette.css', import.meta.url), 'utf8');
const colours = Object.fromEntries(
	[...css.matchAll(/--chart-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]])
);
const background = colours.bg ?? '';

describe('chart palette', () => {
	it('contrast ratio matches WCAG examples', () => {
		expect(contrastRatio({ a: '#000000', b: '#ffffff' })).toBe(21);
		expect(contrastRatio({ a: '#767676', b: '#ffffff' })).toBeCloseTo(4.54, 2);
	});

	// Each of these colours draws text too (direct labels, rule labels, ticks): 4.5:1.
	it.each(['1', '2', '3', '4', '5', '6', 'ink', 'muted', 'axis', 'target', 'break'])(
		'--chart-%s reaches 4.5:1 on the chart background',
		(name) => {
			expect(colours[name]).toMatch(/^#/);
			expect(contrastRatio({ a: colours[name] ?? '', b: background })).toBeGreaterThanOrEqual(4.5);
		}
	);

	it('the background is white and the palette slots are distinct', () => {
		expect(background.toLowerCase()).toBe('#ffffff');
		const slots = ['1', '2', '3', '4', '5', '6'].map((n) => colours[n]?.toLowerCase());
		expect(new Set(slots).size).toBe(6);
	});
});
