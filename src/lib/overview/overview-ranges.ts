import { baselineTokens } from '../compare/compare-monthly';
import type { Series, StoreFacts } from '../compare/store-facts';
import type { MonthRange } from '../periods/month';
import { parsePeriod } from '../periods/parse-period';
import type { Period } from '../periods/period';
import { resolvePeriod } from '../periods/resolve-period';
import { sparkRange } from './section-sparks';

/**
 * The month ranges one overview reads counts for: each compared period and its base, the
 * sparkline window ending at the chosen period, and the fixed baselines targets name.
 * @example overviewRanges({ facts, series, pairs: [[period, base]] }) // [{ start: '2021-04', end: '2022-03' }, …]
 */
export function overviewRanges(opts: {
	facts: StoreFacts;
	series: readonly Series[];
	/** Each comparison's period and base; the first is the chosen one. */
	pairs: readonly (readonly [Period, Period])[];
}): MonthRange[] {
	const ranges = opts.pairs.flatMap(([period, base]) => [
		resolvePeriod(period),
		resolvePeriod(base)
	]);
	if (opts.pairs[0]) ranges.push(sparkRange({ end: resolvePeriod(opts.pairs[0][0]).end }));
	for (const s of opts.series)
		for (const [period] of opts.pairs)
			for (const token of baselineTokens({
				facts: opts.facts,
				source: s.source,
				area: s.area,
				period
			}))
				ranges.push(resolvePeriod(parsePeriod(token)));
	const seen = new Set<string>();
	return ranges.filter((r) => {
		const key = `${r.start}..${r.end}`;
		return !seen.has(key) && !!seen.add(key);
	});
}
