import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width';
import { tooltipBox } from './tooltip-box';

const desktop = {
	width: 640,
	innerWidth: 504,
	padding: { top: 52, right: 88, bottom: 28, left: 48 }
};
const phone = {
	width: 300,
	innerWidth: 164,
	padding: { top: 70, right: 88, bottom: 28, left: 48 }
};
const head = 'March 2022: 61 (March 2021: 58)';
const note = 'Not comparable: ASB reporting method changed';
const headWidth = textWidth({ text: head, size: 12, bold: true }) + 16;

describe('tooltipBox', () => {
	it.each([
		['right of the guide when it fits', desktop, 100, 108],
		['left of the guide near the right edge', desktop, 400, 400 - 8 - headWidth],
		['never past the left edge of the SVG', phone, 10, -48]
	] as const)('%s', (_, chart, x, left) => {
		const box = tooltipBox({ chart, x, text: [head] });
		expect(box.width).toBeCloseTo(headWidth, 6);
		expect(box.x).toBeCloseTo(left, 6);
	});

	it('wraps a line wider than a 300 px SVG; only the first line is bold', () => {
		const box = tooltipBox({ chart: phone, x: 100, text: [head, note] });
		expect(box.lines).toEqual([
			{ line: head, bold: true },
			{ line: 'Not comparable: ASB reporting method', bold: false },
			{ line: 'changed', bold: false }
		]);
		expect(box.x + phone.padding.left).toBeGreaterThanOrEqual(0);
		expect(box.x + phone.padding.left + box.width).toBeLessThanOrEqual(phone.width);
	});
});
