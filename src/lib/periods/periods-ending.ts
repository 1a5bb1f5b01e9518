import { addMonths, monthToIndex } from './month';
import type { Period, PeriodOfKind } from './period';
import { comparisonPeriod } from './comparison-period';
import { formatPeriodToken } from './format-period-token';
import { labelPeriod } from './label-period';
import { periodContaining, type MonthAnchoredKind } from './period-containing';
import { resolvePeriod } from './resolve-period';

/** One entry for a period picker. */
export interface PeriodOption<P extends Period = Period> {
	period: P;
	/** For URLs and `parsePeriod`. */
	token: string;
	/** For display, e.g. "2020-21". */
	label: string;
	/** Every month lies within `earliest`..`latest`; false for a year still in progress. */
	complete: boolean;
}

const DEFAULT_LIMIT_WITHOUT_EARLIEST = 12;

function stepBack(period: Period): Period {
	if (
		period.kind === 'rolling-12' ||
		period.kind === 'ytd-calendar' ||
		period.kind === 'ytd-financial'
	) {
		return { ...period, end: addMonths(period.end, -1) };
	}
	return comparisonPeriod({ period, vs: 'previous' });
}

/**
 * Selectable periods of a kind that overlap the data (`earliest`..`latest`), newest first. Fixed
 * periods still in progress at `latest` are included with `complete: false`; rolling and to-date
 * periods end at `latest` or earlier. Without `earliest`, at most `limit` (default 12) are listed.
 * @example periodsEnding({ kind: 'financial-year', latest: '2021-05', earliest: '2019-04' }).map((o) => o.token) // ['FY2021-22', 'FY2020-21', 'FY2019-20']
 */
export function periodsEnding<K extends MonthAnchoredKind>({
	kind,
	latest,
	earliest,
	limit
}: {
	kind: K;
	latest: string;
	earliest?: string;
	limit?: number;
}): PeriodOption<PeriodOfKind<K>>[] {
	const latestIndex = monthToIndex(latest);
	const earliestIndex = earliest === undefined ? -Infinity : monthToIndex(earliest);
	if (earliestIndex > latestIndex)
		throw new Error(`earliest ${earliest} is after latest ${latest}`);
	const max = limit ?? (earliest === undefined ? DEFAULT_LIMIT_WITHOUT_EARLIEST : Infinity);
	const options: PeriodOption<PeriodOfKind<K>>[] = [];
	let period: Period = periodContaining({ kind, month: latest });
	while (options.length < max) {
		const range = resolvePeriod(period);
		if (monthToIndex(range.end) < earliestIndex) break;
		options.push({
			period: period as PeriodOfKind<K>,
			token: formatPeriodToken(period),
			label: labelPeriod(period),
			complete: monthToIndex(range.start) >= earliestIndex && monthToIndex(range.end) <= latestIndex
		});
		period = stepBack(period);
	}
	return options;
}
