import { BoundedCache } from './bounded-cache';
import { poissonRateTest, type PoissonRateTestResult } from './poisson-rate-test';

/** Plain-English verdicts on a change. */
export type Verdict = 'within normal variation' | 'beyond normal variation';

/** Whether a change between two counts is more than chance would readily produce. */
export interface Significance {
	/** 'within normal variation' when p ≥ alpha. */
	verdict: Verdict;
	significant: boolean;
	pValue: number;
	/** True when either count is under the threshold: percentages then swing widely. */
	smallNumbers: boolean;
	smallNumberThreshold: number;
	alpha: number;
	test: PoissonRateTestResult;
}

/** Default count below which figures are flagged as small. */
export const DEFAULT_SMALL_NUMBER_THRESHOLD = 10;

// The same pairs of counts come back on every period switch; a few thousand cover an overview.
// Results are shared between callers, so they must be treated as read-only.
const MEMO_LIMIT = 5000;
const memo = new BoundedCache<Significance>({ limit: MEMO_LIMIT });

/**
 * Tests two counts for a real change (exact Poisson rate test) and flags small numbers. Exposures
 * default to 1 (equal-length periods); pass them when the periods or populations differ. Results
 * are memoised (bounded): the same inputs return the same, read-only, object.
 * @example significance({ now: 44, then: 50 }).verdict // 'within normal variation'
 */
export function significance({
	now,
	then,
	exposureNow = 1,
	exposureThen = 1,
	alpha = 0.05,
	smallNumberThreshold = DEFAULT_SMALL_NUMBER_THRESHOLD
}: {
	now: number;
	then: number;
	exposureNow?: number;
	exposureThen?: number;
	alpha?: number;
	smallNumberThreshold?: number;
}): Significance {
	if (!(alpha > 0 && alpha < 1)) throw new Error(`alpha must be between 0 and 1, got ${alpha}`);
	const key = [now, then, exposureNow, exposureThen, alpha, smallNumberThreshold].join(',');
	return memo.remember(key, () => {
		const test = poissonRateTest({
			a: now,
			b: then,
			ta: exposureNow,
			tb: exposureThen,
			level: 1 - alpha
		});
		const significant = test.pValue < alpha;
		return {
			verdict: significant ? 'beyond normal variation' : 'within normal variation',
			significant,
			pValue: test.pValue,
			smallNumbers: now < smallNumberThreshold || then < smallNumberThreshold,
			smallNumberThreshold,
			alpha,
			test
		};
	});
}

/** Forgets every memoised result (for tests and benches that time the computation itself). */
export function clearSignificanceMemo(): void {
	memo.clear();
}
