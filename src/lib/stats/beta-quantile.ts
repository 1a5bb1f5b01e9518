import { logBeta, regularizedIncompleteBeta } from './regularized-incomplete-beta';

// Halley converges in a handful of steps from the guess below; the cap only matters if every
// step were refused, and then the bracket still halves each time (as plain bisection would).
const MAX_ITERATIONS = 200;
const RELATIVE_TOLERANCE = 1e-14;

// Starting point (Numerical Recipes §6.14, after Abramowitz & Stegun 26.5.22): a normal quantile
// mapped through the Wilson–Hilferty-like form for a, b ≥ 1, else the leading power of each tail.
function initialGuess(p: number, a: number, b: number): number {
	if (a >= 1 && b >= 1) {
		const tail = p < 0.5 ? p : 1 - p;
		const t = Math.sqrt(-2 * Math.log(tail));
		let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
		if (p < 0.5) z = -z;
		const al = (z * z - 3) / 6;
		const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
		const w =
			(z * Math.sqrt(al + h)) / h -
			(1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
		return a / (a + b * Math.exp(2 * w));
	}
	const lowerMass = Math.exp(a * Math.log(a / (a + b))) / a;
	const upperMass = Math.exp(b * Math.log(b / (a + b))) / b;
	const total = lowerMass + upperMass;
	if (p < lowerMass / total) return Math.pow(a * total * p, 1 / a);
	return 1 - Math.pow(b * total * (1 - p), 1 / b);
}

/**
 * The x with P(X ≤ x) = p for X ~ Beta(a, b) (inverse regularized incomplete beta): Halley steps
 * on I_x(a, b) from a close guess, inside a bracket that every evaluation narrows; a step that
 * would leave the bracket is replaced by bisection, so it cannot diverge.
 * @example betaQuantile({ p: 0.5, a: 2, b: 2 }) // 0.5
 */
export function betaQuantile({ p, a, b }: { p: number; a: number; b: number }): number {
	if (!(p >= 0 && p <= 1)) throw new Error(`betaQuantile needs 0 ≤ p ≤ 1, got ${p}`);
	if (p === 0) return 0;
	if (p === 1) return 1;
	const lnBeta = logBeta({ a, b });
	let low = 0;
	let high = 1;
	let x = initialGuess(p, a, b);
	for (let step = 0; step < MAX_ITERATIONS; step++) {
		if (!(x > low && x < high)) x = low + (high - low) / 2;
		if (x <= low || x >= high) break;
		const error = regularizedIncompleteBeta({ x, a, b, lnBeta }) - p;
		if (error === 0) return x;
		if (error < 0) low = x;
		else high = x;
		const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnBeta);
		const newton = error / density;
		// Halley's correction uses f''/f' = (a − 1)/x − (b − 1)/(1 − x), damped as in NR.
		const curvature = (a - 1) / x - (b - 1) / (1 - x);
		const next = x - newton / (1 - 0.5 * Math.min(1, newton * curvature));
		if (Number.isFinite(next) && Math.abs(next - x) <= RELATIVE_TOLERANCE * x) {
			return next > low && next < high ? next : x;
		}
		x = next;
	}
	return low + (high - low) / 2;
}
