import { betaQuantile } from './beta-quantile';
import type { Interval } from './clopper-pearson';
import { logChoose } from './log-gamma';

/** Outcome of the exact test of equal Poisson rates for counts a (over exposure ta) and b (over tb). */
export interface PoissonRateTestResult {
	a: number;
	b: number;
	ta: number;
	tb: number;
	/** Two-sided exact p-value, in [0, 1]. */
	pValue: number;
	/** (a / ta) / (b / tb); null when b is 0 (infinite, or undefined when a is 0 too). */
	rateRatio: number | null;
	/** Interval for the rate ratio; `upper` is null (unbounded) when b is 0. */
	interval: Interval;
}

// Outcomes this much more likely than the observed one still count as "as extreme" (as R does),
// so rounding error cannot drop an exact tie such as k and n − k when the exposures are equal.
const RELATIVE_TOLERANCE = 1e-7;

function checkCount(name: string, value: number): void {
	if (!Number.isInteger(value) || value < 0) {
		throw new Error(`poissonRateTest: ${name} must be a whole number ≥ 0, got ${value}`);
	}
}

function checkExposure(name: string, value: number): void {
	if (!Number.isFinite(value) || value <= 0) {
		throw new Error(`poissonRateTest: ${name} must be a finite number > 0, got ${value}`);
	}
}

// Outcomes further than this many standard deviations from the mean (and than the observed one)
// are left out of the sum: each is below e^-800 of the largest, so the p-value cannot change,
// and a large force's yearly counts (millions) cost thousands of terms, not millions.
const WINDOW_SD = 40;

// Terms are stepped from one to the next (one logarithm each, not three log-gammas) and taken
// exactly again this often, so rounding cannot build up.
const RESYNC = 256;

function twoSidedPValue(a: number, n: number, logShare: number, logRest: number): number {
	const logP = (k: number) => logChoose({ n, k }) + k * logShare + (n - k) * logRest;
	const mean = n * Math.exp(logShare);
	const sd = Math.sqrt(mean * Math.exp(logRest));
	const from = Math.max(0, Math.min(a, Math.floor(mean - WINDOW_SD * sd - 1)));
	const to = Math.min(n, Math.max(a, Math.ceil(mean + WINDOW_SD * sd + 1)));
	const limit = logP(a) + Math.log1p(RELATIVE_TOLERANCE);
	// Summed relative to the limit: every included term is at most about 1 of it, and one that
	// underflows to 0 is below e^-745 of the observed outcome's, which is itself included.
	let sum = 0;
	let value = 0;
	for (let k = from; k <= to; k++) {
		// log P(k) = log P(k - 1) + log((n - k + 1) / k) + log(share / rest)
		value =
			(k - from) % RESYNC === 0 ? logP(k) : value + Math.log((n - k + 1) / k) + logShare - logRest;
		if (value <= limit) sum += Math.exp(value - limit);
	}
	return Math.min(1, Math.exp(limit + Math.log(sum)));
}

// x / (1 − x) for x the p-quantile of Beta(a, b); when x is near 1, 1 − x is taken from the
// mirrored distribution so the odds keep their precision.
function oddsAtQuantile(p: number, a: number, b: number): number {
	const x = betaQuantile({ p, a, b });
	if (x <= 0.5) return x / (1 - x);
	const complement = betaQuantile({ p: 1 - p, a: b, b: a });
	return (1 - complement) / complement;
}

/**
 * Exact conditional test of equal Poisson rates: given n = a + b, a ~ Binomial(n, ta / (ta + tb))
 * under equal rates. The interval is Clopper–Pearson for that proportion, turned into a rate ratio.
 * @example poissonRateTest({ a: 2, b: 4 }).pValue // 0.6875
 */
export function poissonRateTest({
	a,
	b,
	ta = 1,
	tb = 1,
	level = 0.95
}: {
	a: number;
	b: number;
	ta?: number;
	tb?: number;
	level?: number;
}): PoissonRateTestResult {
	checkCount('a', a);
	checkCount('b', b);
	checkExposure('ta', ta);
	checkExposure('tb', tb);
	if (!(level > 0 && level < 1)) throw new Error(`level must be between 0 and 1, got ${level}`);
	const n = a + b;
	const logTotal = Math.log(ta + tb);
	const pValue =
		n === 0 ? 1 : twoSidedPValue(a, n, Math.log(ta) - logTotal, Math.log(tb) - logTotal);
	const tail = (1 - level) / 2;
	const exposureRatio = tb / ta;
	const lower = a === 0 ? 0 : oddsAtQuantile(tail, a, b + 1) * exposureRatio;
	const upper = b === 0 ? null : oddsAtQuantile(1 - tail, a + 1, b) * exposureRatio;
	const rateRatio = b === 0 ? null : a / ta / (b / tb);
	return { a, b, ta, tb, pValue, rateRatio, interval: { lower, upper, level } };
}
