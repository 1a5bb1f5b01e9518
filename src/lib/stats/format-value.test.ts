import { describe, expect, it } from 'vitest';
import { formatPercentChange, formatValue, type Unit } from './format-value';

describe('formatValue', () => {
	it.each<[number, Unit, string]>([
		[1234, 'count', '1,234'],
		[7, 'count', '7'],
		[-0, 'count', '0'],
		[80, 'percent', '80%'],
		[62.46, 'percent', '62.5%'],
		[3.25, 'rate', '3.3'],
		[1234567.8, 'rate', '1,234,567.8']
	])('%d as %s is %s', (value, unit, text) => {
		expect(formatValue({ value, unit })).toBe(text);
	});
});

describe('formatPercentChange', () => {
	it.each([
		[12, '+12.0%'],
		[-12, '-12.0%'],
		[0, '0.0%'],
		[33.3, '+33.3%'],
		[-100, '-100.0%']
	])('%d is %s', (pct, text) => {
		expect(formatPercentChange(pct)).toBe(text);
	});
});
