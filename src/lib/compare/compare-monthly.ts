import type { MonthPairRow } from '../db/sql/compare-counts-sql';
import { comparisonPeriod, type ComparisonBasis } from '../periods/comparison-period';
import { formatPeriodToken } from '../periods/format-period-token';
import { labelPeriod } from '../periods/label-period';
import { addMonths } from '../periods/month';
import { parsePeriod } from '../periods/parse-period';
import type { Period } from '../periods/period';
import { periodLength, resolvePeriod } from '../periods/resolve-period';
import type { Direction } from '../stats/direction';
import { buildComparison } from './build-comparison';
import type { Comparison } from './comparison';
import { sumCounts, type CountIndex } from './count-index';
import { countRows } from './count-rows';
import { rateBasis } from './rate-basis';
import type { BaselineFigures } from './row-target';
import { seriesKey, type StoreFacts } from './store-facts';

type Scope = { facts: StoreFacts; index: CountIndex; source: string; area: string };

function monthPairs(o: Scope & { nowStart: string; thenStart: string; length: number }) {
	const covered = new Set(o.facts.covered[seriesKey(o)] ?? []);
	return Array.from({ length: o.length }, (_, i): MonthPairRow => {
		const [now_month, then_month] = [addMonths(o.nowStart, i), addMonths(o.thenStart, i)];
		return {
			now_month,
			then_month,
			now_has: covered.has(now_month),
			then_has: covered.has(then_month)
		};
	});
}

function counted(o: Scope & { pairs: MonthPairRow[]; categories: string[] }) {
	const used = o.pairs.filter((p) => p.now_has && p.then_has);
	const key = seriesKey(o);
	const sum = (categories: string[], side: 'now_month' | 'then_month') =>
		sumCounts({ index: o.index, key, categories, months: used.map((p) => p[side]) });
	const counts = o.categories.map((category) => ({
		category,
		now_count: sum([category], 'now_month'),
		then_count: sum([category], 'then_month')
	}));
	const groups = o.facts.groups.filter((g) => g.source === o.source);
	const names = [...new Set(groups.map((g) => g.group))].sort();
	const groupCounts = names.map((group_name) => {
		const members = groups
			.filter((g) => g.group === group_name && o.categories.includes(g.category))
			.map((g) => g.category);
		return {
			group_name,
			now_count: sum(members, 'now_month'),
			then_count: sum(members, 'then_month')
		};
	});
	return { counts, groupCounts, groups };
}

/** The period tokens of the fixed baselines the targets of a source name for a period. @example baselineTokens({ facts, source, area, period }) // ['FY2013-14'] */
export function baselineTokens(opts: Omit<Scope, 'index'> & { period: Period }): string[] {
	const token = formatPeriodToken(opts.period);
	const tokens = targetsOf(opts)
		.filter((t) => t.period === 'any' || t.period === token)
		.flatMap((t) => (t.baseline && t.baseline !== 'base' ? [t.baseline] : []));
	return [...new Set(tokens)];
}

const targetsOf = (o: Omit<Scope, 'index'>) =>
	o.facts.targets.filter((t) => t.source === o.source && (t.area === null || t.area === o.area));

/**
 * `runComparison` in code over counts already read: the same month pairs, rows, groups, breaks,
 * targets, baselines and rates, with no query. `categories` narrows the rows (e.g. crime without
 * ASB); the counts must cover the period, its base and any target baseline.
 * @example compareMonthly({ facts, index, source: 'lfb', area: 'City of London', period, vs: 'yoy' })
 */
export function compareMonthly(
	opts: Scope & {
		period: Period;
		vs?: ComparisonBasis;
		categories?: (category: string) => boolean;
		direction?: Direction;
		rate?: string | null;
		smallNumberThreshold?: number;
	}
): Comparison {
	const { facts, source, area, period } = opts;
	const direction = opts.direction ?? 'down';
	const base = comparisonPeriod({ period, vs: opts.vs ?? 'yoy' });
	const key = seriesKey(opts);
	const categories = (facts.categories[key] ?? []).filter(opts.categories ?? (() => true));
	const scope = { ...opts, categories };
	const pairs = monthPairs({
		...scope,
		nowStart: resolvePeriod(period).start,
		thenStart: resolvePeriod(base).start,
		length: periodLength(period)
	});
	const { counts, groupCounts, groups } = counted({ ...scope, pairs });
	const baselines = new Map<string, BaselineFigures>();
	for (const token of baselineTokens(opts)) {
		const p = parsePeriod(token);
		const start = resolvePeriod(p).start;
		const bp = monthPairs({ ...scope, nowStart: start, thenStart: start, length: periodLength(p) });
		const rows = countRows({ source, direction, ...counted({ ...scope, pairs: bp }) });
		baselines.set(token, {
			label: labelPeriod(p),
			length: bp.length,
			complete: bp.every((x) => x.now_has),
			values: new Map(rows.map((r) => [r.key, r.comparison.now]))
		});
	}
	const wanted = opts.rate?.toLowerCase();
	const rows = facts.populations.filter(
		(r) => r.area === area && r.population.toLowerCase() === wanted
	);
	const rate = opts.rate ? rateBasis({ population: opts.rate, area, rows, period, base }) : null;
	return buildComparison({
		source,
		area,
		period,
		base,
		periodLabel: labelPeriod(period),
		baseLabel: labelPeriod(base),
		pairs,
		counts,
		groupCounts,
		groups,
		breaks: facts.breaks.filter((b) => b.source === source),
		latestMonth: facts.covered[key]?.at(-1) ?? null,
		rate,
		targets: targetsOf(opts),
		baselines,
		direction,
		smallNumberThreshold: opts.smallNumberThreshold
	});
}
