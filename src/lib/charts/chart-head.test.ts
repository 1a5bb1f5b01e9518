import { describe, expect, it } from 'vitest';
import { chartHead, rightPadding } from './chart-head';
import { textWidth } from './text-width';

describe('chartHead', () => {
	it.each([
		['one line, no stamp', 'Burglary by month', false, 640, 1, 24],
		['one line and the stamp', 'Burglary by month', true, 640, 1, 40],
		[
			'a long title on a phone: two lines and the stamp',
			'Anti-social behaviour by month of the financial year',
			true,
			300,
			2,
			58
		]
	] as const)('%s', (_, title, synthetic, width, titleLines, height) => {
		const head = chartHead({ title, synthetic, width });
		expect(head.lines.filter((l) => l.kind === 'title')).toHaveLength(titleLines);
		expect(head.lines.filter((l) => l.kind === 'synthetic')).toHaveLength(synthetic ? 1 : 0);
		expect(head.height).toBe(height);
		// Baselines 18 px apart for the title, the stamp 18 px under it; all inside the head + top pad.
		expect(head.lines.map((l) => l.y)).toEqual(head.lines.map((_, i) => 16 + i * 18));
		for (const l of head.lines)
			expect(
				textWidth({ text: l.text, size: l.kind === 'title' ? 14 : 12, bold: true })
			).toBeLessThanOrEqual(width);
	});
});

describe('rightPadding', () => {
	it.each([
		['short labels keep the 88 px minimum', ['2021-22', 'Monthly'], 640, 88],
		['fits the widest label on a wide chart', ['Anti-social behaviour', 'Year earlier'], 1100, 161],
		['at most 28% of a phone-width chart', ['Anti-social behaviour'], 320, 90]
	] as const)('%s', (_, labels, width, right) => {
		expect(rightPadding({ labels, width })).toBe(right);
	});
});
