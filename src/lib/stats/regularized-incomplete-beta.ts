import { logGamma } from './log-gamma';

const MAX_ITERATIONS = 10_000;
const EPSILON = 1e-15;
const TINY = 1e-300;

// Continued fraction for the incomplete beta function, evaluated by the modified Lentz method
// (Numerical Recipes §6.4); converges fast when x < (a + 1) / (a + b + 2).
function continuedFraction(x: number, a: number, b: number): number {
	const clamp = (value: number) => (Math.abs(value) < TINY ? TINY : value);
	let c = 1;
	let d = 1 / clamp(1 - ((a + b) * x) / (a + 1));
	let h = d;
	for (let m = 1; m <= MAX_ITERATIONS; m++) {
		const m2 = 2 * m;
		const even = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
		d = 1 / clamp(1 + even * d);
		c = clamp(1 + even / c);
		h *= d * c;
		const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
		d = 1 / clamp(1 + odd * d);
		c = clamp(1 + odd / c);
		const delta = d * c;
		h *= delta;
		if (Math.abs(delta - 1) < EPSILON) return h;
	}
	return h;
}

/** ln B(a, b), the log of the beta function. @example Math.exp(logBeta({ a: 2, b: 2 })) // ≈ 1 / 6 */
export function logBeta({ a, b }: { a: number; b: number }): number {
	return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/**
 * The regularized incomplete beta function I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b). A caller
 * evaluating many x for the same a, b may pass `lnBeta: logBeta({ a, b })` to save three log-gammas a call.
 * @example regularizedIncompleteBeta({ x: 0.5, a: 2, b: 2 }) // 0.5
 */
export function regularizedIncompleteBeta({
	x,
	a,
	b,
	lnBeta
}: {
	x: number;
	a: number;
	b: number;
	lnBeta?: number;
}): number {
	if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
		throw new Error(`regularizedIncompleteBeta needs a > 0 and b > 0, got a=${a}, b=${b}`);
	}
	if (!(x >= 0 && x <= 1)) throw new Error(`regularizedIncompleteBeta needs 0 ≤ x ≤ 1, got ${x}`);
	if (x === 0 || x === 1) return x;
	const logFront = a * Math.log(x) + b * Math.log1p(-x) - (lnBeta ?? logBeta({ a, b }));
	if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * continuedFraction(x, a, b)) / a;
	return 1 - (Math.exp(logFront) * continuedFraction(1 - x, b, a)) / b;
}
