import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width';
import { wrapText } from './wrap-text';

describe('textWidth', () => {
	// Chromium's getComputedTextLength on DejaVu Sans (weights 600 and 400): the estimate is never
	// narrower, and at most 8% wider.
	it.each([
		['Year earlier', 12, true, 78.4],
		['Anti-social behaviour', 12, true, 143.7],
		['Synthetic sample data — not real figures', 12, true, 276.6],
		['ASB reporting method changed', 11, true, 195],
		['Anti-social behaviour by month of the financial year', 14, true, 410.8],
		['March 2022: 61 (March 2021: 58)', 12, false, 201.3],
		['Not comparable: ASB reporting method changed', 12, false, 292.8]
	] as const)('%s at %ipx (bold %s) ≈ %fpx', (text, size, bold, measured) => {
		const estimate = textWidth({ text, size, bold });
		expect(estimate).toBeGreaterThanOrEqual(measured);
		expect(estimate / measured).toBeLessThan(1.08);
	});
});

describe('wrapText', () => {
	it.each([
		['fits on one line', 'Burglary', 200, Infinity, ['Burglary']],
		['breaks between words', 'Anti-social behaviour', 80, Infinity, ['Anti-social', 'behaviour']],
		[
			'a long title onto three lines',
			'Anti-social behaviour by month of the financial year',
			160,
			Infinity,
			['Anti-social behaviour', 'by month of the', 'financial year']
		],
		['past maxLines an ellipsis', 'Reports delivered on the day', 80, 2, ['Reports', 'delivered…']],
		['a word too wide for the line is shortened', 'Antisocialbehaviour', 60, 1, ['Antiso…']],
		['empty text, no lines', '', 80, 2, []]
	] as const)('%s', (_, text, width, maxLines, lines) => {
		const got = wrapText({ text, width, size: 12, bold: true, maxLines });
		expect(got).toEqual(lines);
		for (const line of got)
			expect(textWidth({ text: line, size: 12, bold: true })).toBeLessThanOrEqual(width);
	});
});
