import { describe, expect, it } from 'vitest';
import { betaQuantile } from './beta-quantile';
import { directUpperTail } from './direct-binomial';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta';

describe('regularizedIncompleteBeta', () => {
	it.each([
		[0.3, 1, 1, 0.3],
		[0.3, 3, 1, 0.3 ** 3],
		[0.3, 1, 4, 1 - 0.7 ** 4],
		[0.5, 7, 7, 0.5],
		[0.5, 2, 2, 0.5],
		[0.25, 2, 3, 0.25 ** 2 * (6 - 8 * 0.25 + 3 * 0.25 ** 2)],
		[0, 2, 3, 0],
		[1, 2, 3, 1]
	])('I_%d(%d, %d) = %d', (x, a, b, expected) => {
		expect(regularizedIncompleteBeta({ x, a, b })).toBeCloseTo(expected, 14);
	});

	it.each([
		[1, 10, 0.1],
		[3, 10, 0.5],
		[7, 20, 0.35],
		[40, 60, 0.7],
		[150, 270, 0.5],
		[5, 300, 0.01]
	])('I_p(k, n − k + 1) = P(X ≥ k), k = %i, n = %i, p = %d', (k, n, share) => {
		const expected = directUpperTail({ k, n, share });
		const actual = regularizedIncompleteBeta({ x: share, a: k, b: n - k + 1 });
		expect(Math.abs(actual - expected)).toBeLessThan(1e-12);
	});

	it.each([
		[{ x: 0.5, a: 0, b: 1 }, /a > 0 and b > 0/],
		[{ x: 1.5, a: 1, b: 1 }, /0 ≤ x ≤ 1/]
	])('refuses %j', (input, message) => {
		expect(() => regularizedIncompleteBeta(input)).toThrow(message);
	});
});

describe('betaQuantile', () => {
	it.each([
		[0.5, 2, 2, 0.5],
		[0.3, 1, 1, 0.3],
		[0.025, 1, 10, 1 - 0.975 ** (1 / 10)],
		[0.975, 10, 1, 0.975 ** (1 / 10)],
		[0, 3, 4, 0],
		[1, 3, 4, 1]
	])('quantile %d of Beta(%d, %d) is %d', (p, a, b, expected) => {
		expect(betaQuantile({ p, a, b })).toBeCloseTo(expected, 13);
	});

	it.each([
		[0.025, 3, 8],
		[0.975, 4, 7],
		[0.5, 150, 121],
		[1e-6, 2, 5000],
		[0.999, 0.5, 0.5]
	])('inverts the incomplete beta at p = %d, a = %d, b = %d', (p, a, b) => {
		const x = betaQuantile({ p, a, b });
		expect(regularizedIncompleteBeta({ x, a, b })).toBeCloseTo(p, 12);
	});
});
