import { regularizedIncompleteBeta } from './regularized-incomplete-beta';

const MAX_STEPS = 2000;

/**
 * Test and bench support only: the beta quantile by plain bisection until the interval cannot
 * shrink further in floating point (the former `betaQuantile`), as a slow reference.
 * @example betaQuantileBisection({ p: 0.5, a: 2, b: 2 }) // 0.5
 */
export function betaQuantileBisection({ p, a, b }: { p: number; a: number; b: number }): number {
	if (!(p >= 0 && p <= 1)) throw new Error(`betaQuantileBisection needs 0 ≤ p ≤ 1, got ${p}`);
	if (p === 0) return 0;
	if (p === 1) return 1;
	let low = 0;
	let high = 1;
	for (let step = 0; step < MAX_STEPS; step++) {
		const mid = low + (high - low) / 2;
		if (mid <= low || mid >= high) break;
		if (regularizedIncompleteBeta({ x: mid, a, b }) < p) low = mid;
		else high = mid;
	}
	return low + (high - low) / 2;
}
