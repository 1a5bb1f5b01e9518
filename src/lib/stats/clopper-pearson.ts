import { betaQuantile } from './beta-quantile';

/** An interval for a proportion or ratio; `upper` is null when unbounded. */
export interface Interval {
	lower: number;
	upper: number | null;
	/** Confidence level, e.g. 0.95. */
	level: number;
}

function checkLevel(level: number): void {
	if (!(level > 0 && level < 1)) throw new Error(`level must be between 0 and 1, got ${level}`);
}

/**
 * Exact (Clopper–Pearson) interval for a binomial proportion: the bounds are the proportions at
 * which seeing this many successes or more (fewer) has probability (1 − level) / 2.
 * @example clopperPearson({ successes: 0, trials: 10 }) // { lower: 0, upper: ≈0.3085, level: 0.95 }
 */
export function clopperPearson({
	successes,
	trials,
	level = 0.95
}: {
	successes: number;
	trials: number;
	level?: number;
}): Interval & { upper: number } {
	checkLevel(level);
	if (
		!Number.isInteger(trials) ||
		!Number.isInteger(successes) ||
		successes < 0 ||
		successes > trials
	) {
		throw new Error(
			`clopperPearson needs whole 0 ≤ successes ≤ trials, got ${successes}/${trials}`
		);
	}
	const tail = (1 - level) / 2;
	const k = successes;
	const lower = k === 0 ? 0 : betaQuantile({ p: tail, a: k, b: trials - k + 1 });
	const upper = k === trials ? 1 : betaQuantile({ p: 1 - tail, a: k + 1, b: trials - k });
	return { lower, upper, level };
}
