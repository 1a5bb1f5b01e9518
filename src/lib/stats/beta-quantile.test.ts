import { describe, expect, it } from 'vitest';
import { betaQuantile } from './beta-quantile';
import { betaQuantileBisection } from './beta-quantile-bisection';
import { regularizedIncompleteBeta } from './regularized-incomplete-beta';

const SHAPES = [0.5, 0.9, 1, 2.5, 10, 137, 1000, 5000];
const PROBABILITIES = [0.025, 0.975, 0.5, 1e-6];
const GRID = SHAPES.flatMap((a) => SHAPES.flatMap((b) => PROBABILITIES.map((p) => ({ p, a, b }))));

function relativeGap(actual: number, expected: number): number {
	return Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
}

describe('betaQuantile', () => {
	it.each(GRID)('matches bisection for p = $p, a = $a, b = $b', (shape) => {
		const expected = betaQuantileBisection(shape);
		const actual = betaQuantile(shape);
		expect(relativeGap(actual, expected)).toBeLessThan(1e-9);
		// Near 1 the gap in 1 − x is the telling one.
		expect(relativeGap(1 - actual, 1 - expected)).toBeLessThan(1e-9);
	});

	it.each([
		// Clopper–Pearson bounds for counts at the edges and far beyond them: 1 of 1, 0 of 1,
		// 1 of 50 000 and a ten-year total of a large force.
		{ p: 0.025, a: 1, b: 1 },
		{ p: 0.975, a: 1, b: 1 },
		{ p: 0.975, a: 2, b: 1 },
		{ p: 0.025, a: 1, b: 50_000 },
		{ p: 0.975, a: 2, b: 49_999 },
		{ p: 0.025, a: 49_999, b: 2 },
		{ p: 0.025, a: 1_000_000, b: 1_000_001 },
		{ p: 0.975, a: 4_000_001, b: 6_000_000 },
		{ p: 1e-6, a: 0.5, b: 0.5 },
		{ p: 1 - 1e-6, a: 0.5, b: 5000 }
	])('matches bisection at the edge p = $p, a = $a, b = $b', (shape) => {
		const actual = betaQuantile(shape);
		expect(relativeGap(actual, betaQuantileBisection(shape))).toBeLessThan(1e-9);
		// For shapes in the millions I_x itself carries rounding of about 1e-11 (its log front end
		// cancels terms near 1e7), so this checks the root, not that function's precision.
		expect(regularizedIncompleteBeta({ x: actual, ...shape })).toBeCloseTo(shape.p, 10);
	});

	it.each([
		[0.3, 1, 1, 0.3],
		[0.5, 2, 2, 0.5],
		[0.025, 1, 10, 1 - 0.975 ** (1 / 10)],
		[0.975, 10, 1, 0.975 ** (1 / 10)]
	])('closed form: p = %d, a = %d, b = %d is %d', (p, a, b, expected) => {
		expect(betaQuantile({ p, a, b })).toBeCloseTo(expected, 13);
	});

	it.each([
		[0, 0],
		[1, 1]
	])('p = %i is x = %i', (p, expected) => {
		expect(betaQuantile({ p, a: 3, b: 4 })).toBe(expected);
	});

	it.each([-0.1, 1.1, Number.NaN])('refuses p = %d', (p) => {
		expect(() => betaQuantile({ p, a: 1, b: 1 })).toThrow(/0 ≤ p ≤ 1/);
	});
});
