import type { CompareCountsRow, MonthPairRow } from '../db/sql/compare-counts-sql';
import { labelMonthRange } from '../periods/labelPeriod';
import { monthToIndex } from '../periods/month';
import type { Period } from '../periods/period';
import { compareCounts } from '../stats/compareCounts';
import type { Direction } from '../stats/direction';
import type { Comparison, ComparisonRow } from './comparison';
import { orderRows } from './order-rows';

/**
 * Assembles a comparison from the month pairs and per-category counts the SQL returned.
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
	direction: Direction;
}): Comparison {
	const used = opts.pairs.filter((p) => p.now_has && p.then_has);
	const compared = { now: used.map((p) => p.now_month), then: used.map((p) => p.then_month) };
	const missing = {
		now: opts.pairs.filter((p) => !p.now_has).map((p) => p.now_month),
		then: opts.pairs.filter((p) => !p.then_has).map((p) => p.then_month)
	};
	const complete = used.length === opts.pairs.length && used.length > 0;
	const comparedRange = contiguous(compared.now)
		? {
				now: { start: compared.now[0]!, end: compared.now.at(-1)! },
				then: { start: compared.then[0]!, end: compared.then.at(-1)! }
			}
		: null;
	const rows: ComparisonRow[] = used.length
		? opts.counts.map((c) => ({
				key: c.category,
				label: c.category,
				kind: 'category',
				comparison: compareCounts({
					now: c.now_count,
					then: c.then_count,
					direction: opts.direction
				})
			}))
		: [];
	return {
		source: opts.source,
		area: opts.area,
		period: opts.period,
		base: opts.base,
		periodLabel: opts.periodLabel,
		baseLabel: opts.baseLabel,
		length: opts.pairs.length,
		compared,
		missing,
		complete,
		comparedLabel: comparedLabel({ ...opts, complete, comparedRange, months: used.length }),
		comparedRange,
		rows: orderRows({ source: opts.source, rows, direction: opts.direction })
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
