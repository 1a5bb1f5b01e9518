import { describe, expect, it } from 'vitest';
import { logChoose, logGamma } from './log-gamma';

function logFactorial(n: number): number {
	let total = 0;
	for (let i = 2; i <= n; i++) total += Math.log(i);
	return total;
}

describe('logGamma', () => {
	it.each([1, 2, 3, 5, 10, 20, 50, 100, 170, 500, 1000])('logGamma(%i + 1) = ln %i!', (n) => {
		const expected = logFactorial(n);
		expect(Math.abs(logGamma(n + 1) - expected)).toBeLessThan(1e-12 * Math.max(1, expected));
	});

	it.each([
		[0.5, 0.5 * Math.log(Math.PI)],
		[1.5, Math.log(Math.sqrt(Math.PI) / 2)],
		[0.1, Math.log(9.513507698668732)]
	])('logGamma(%d) = %d', (x, expected) => {
		expect(logGamma(x)).toBeCloseTo(expected, 12);
	});

	it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (x) => {
		expect(() => logGamma(x)).toThrow(/x > 0/);
	});

	it.each([
		[5, 2, 10],
		[10, 0, 1],
		[52, 5, 2598960]
	])('logChoose(%i, %i) = ln %i', (n, k, value) => {
		expect(Math.exp(logChoose({ n, k }))).toBeCloseTo(value, 6);
	});
});
