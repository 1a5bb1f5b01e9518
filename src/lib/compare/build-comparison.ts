import type { TargetRecord } from '../config/config-records';
import type { BreakRow } from '../db/sql/breaks-sql';
import type { CompareCountsRow, MonthPairRow } from '../db/sql/compare-counts-sql';
import type { CompareGroupsRow } from '../db/sql/compare-groups-sql';
import type { GroupRow } from '../db/sql/groups-sql';
import { formatPeriodToken } from '../periods/format-period-token';
import { labelMonthRange } from '../periods/label-period';
import { monthToIndex } from '../periods/month';
import type { Period } from '../periods/period';
import { periodMonths } from '../periods/resolve-period';
import type { Direction } from '../stats/direction';
import { DEFAULT_SMALL_NUMBER_THRESHOLD } from '../stats/significance';
import { annotateRow } from './annotate-row';
import { comparedTexts } from './compared-texts';
import type { Comparison, RateBasis } from './comparison';
import { countRows } from './count-rows';
import type { BaselineFigures } from './row-target';
import { spannedBreaks } from './spanned-breaks';

/**
 * Assembles a comparison from what the SQL returned: month pairs, category and group counts,
 * and the store's breaks, targets and (when a rate is chosen) its denominators.
 * @example buildComparison({ source, area, period, base, periodLabel, baseLabel, pairs, counts, direction: 'down' })
 */
export function buildComparison(opts: {
	source: string;
	area: string;
	period: Period;
	base: Period;
	periodLabel: string;
	baseLabel: string;
	pairs: MonthPairRow[];
	counts: CompareCountsRow[];
	groupCounts?: CompareGroupsRow[];
	groups?: GroupRow[];
	breaks?: BreakRow[];
	/** Latest month with data for the series, to tell a period in progress from one with gaps. */
	latestMonth?: string | null;
	rate?: RateBasis | null;
	targets?: TargetRecord[];
	baselines?: Map<string, BaselineFigures>;
	direction: Direction;
	smallNumberThreshold?: number;
}): Comparison {
	const used = opts.pairs.filter((p) => p.now_has && p.then_has);
	const compared = { now: used.map((p) => p.now_month), then: used.map((p) => p.then_month) };
	const missing = {
		now: opts.pairs.filter((p) => !p.now_has).map((p) => p.now_month),
		then: opts.pairs.filter((p) => !p.then_has).map((p) => p.then_month)
	};
	const complete = used.length === opts.pairs.length && used.length > 0;
	const latest = opts.latestMonth ? monthToIndex(opts.latestMonth) : Infinity;
	const inProgress = missing.now.length > 0 && missing.now.every((m) => monthToIndex(m) > latest);
	const comparedRange = contiguous(compared.now)
		? {
				now: { start: compared.now[0]!, end: compared.now.at(-1)! },
				then: { start: compared.then[0]!, end: compared.then.at(-1)! }
			}
		: null;
	const months = used.length
		? [...compared.now, ...compared.then]
		: [...periodMonths(opts.period), ...periodMonths(opts.base)];
	const breaks = spannedBreaks({ breaks: opts.breaks ?? [], months });
	const shape = { ...opts, compared, missing, complete, inProgress, comparedRange };
	const length = opts.pairs.length;
	const texts = comparedTexts({ ...shape, length });
	const smallNumberThreshold = opts.smallNumberThreshold ?? DEFAULT_SMALL_NUMBER_THRESHOLD;
	const rows = used.length
		? countRows({
				source: opts.source,
				counts: opts.counts,
				groupCounts: opts.groupCounts ?? [],
				groups: opts.groups ?? [],
				direction: opts.direction
			})
		: [];
	const context = {
		periodToken: formatPeriodToken(opts.period),
		periodLabel: opts.periodLabel,
		length,
		complete,
		inProgress,
		baseText: texts.then,
		direction: opts.direction,
		baselines: opts.baselines ?? new Map()
	};
	return {
		source: opts.source,
		area: opts.area,
		period: opts.period,
		base: opts.base,
		periodLabel: opts.periodLabel,
		baseLabel: opts.baseLabel,
		length,
		compared,
		missing,
		complete,
		inProgress,
		comparedLabel: comparedLabel({ ...shape, months: used.length }),
		comparedRange,
		breaks,
		rate: opts.rate ?? null,
		smallNumberThreshold,
		rows: rows.map((row) =>
			annotateRow({
				row,
				breaks,
				rate: opts.rate ?? null,
				targets: opts.targets ?? [],
				context,
				texts,
				smallNumberThreshold
			})
		)
	};
}

function contiguous(months: string[]): boolean {
	if (!months.length) return false;
	return monthToIndex(months.at(-1)!) - monthToIndex(months[0]!) === months.length - 1;
}

function comparedLabel(o: {
	periodLabel: string;
	baseLabel: string;
	complete: boolean;
	comparedRange: Comparison['comparedRange'];
	months: number;
	pairs: MonthPairRow[];
}): string {
	if (o.complete) return `${o.periodLabel} compared with ${o.baseLabel}`;
	if (o.months === 0) return `No month of ${o.periodLabel} can be compared with ${o.baseLabel}`;
	if (o.comparedRange) {
		const { now, then } = o.comparedRange;
		return `${labelMonthRange(now)} compared with ${labelMonthRange(then)}`;
	}
	return `${o.months} of the ${o.pairs.length} months of ${o.periodLabel} compared with the same months of ${o.baseLabel}`;
}
