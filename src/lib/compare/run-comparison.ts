import type { TargetRecord } from '../config/config-records';
import type { Connector, Row } from '../db/connector';
import { breaksSql, type BreakRow } from '../db/sql/breaks-sql';
import {
	compareCountsSql,
	comparisonMonthsSql,
	type CompareCountsRow,
	type MonthPairRow
} from '../db/sql/compare-counts-sql';
import { compareGroupsSql, type CompareGroupsRow } from '../db/sql/compare-groups-sql';
import { lastMonthSql } from '../db/sql/coverage-sql';
import { groupsSql, type GroupRow } from '../db/sql/groups-sql';
import { populationsSql, type PopulationRow } from '../db/sql/populations-sql';
import { targetsSql } from '../db/sql/targets-sql';
import { comparisonPeriod, type ComparisonBasis } from '../periods/comparison-period';
import { formatPeriodToken } from '../periods/format-period-token';
import { labelPeriod } from '../periods/label-period';
import type { Period } from '../periods/period';
import { periodLength, resolvePeriod } from '../periods/resolve-period';
import type { Direction } from '../stats/direction';
import { buildComparison } from './build-comparison';
import type { Comparison } from './comparison';
import { loadBaselines } from './load-baselines';
import { rateBasis } from './rate-basis';

/**
 * Compares a period with its base (a year earlier by default) for one source and area, with
 * groups, breaks and targets from the store, and rates when a population is named.
 * @example await runComparison({ db, source: 'police-street', area: 'City of London Police',
 *   period: { kind: 'month', month: '2021-06' }, vs: 'yoy', rate: 'workday population' })
 */
export async function runComparison(opts: {
	db: Connector;
	source: string;
	area: string;
	period: Period;
	vs?: ComparisonBasis;
	direction?: Direction;
	/** A population named in the populations table, e.g. "residents"; omit for counts only. */
	rate?: string | null;
	/** Counts under this are flagged as small numbers (default 10). */
	smallNumberThreshold?: number;
}): Promise<Comparison> {
	const { db, source, area } = opts;
	const direction = opts.direction ?? 'down';
	const base = comparisonPeriod({ period: opts.period, vs: opts.vs ?? 'yoy' });
	const pairs = {
		source,
		area,
		nowStart: resolvePeriod(opts.period).start,
		thenStart: resolvePeriod(base).start,
		length: periodLength(opts.period)
	};
	const months = await db.query<MonthPairRow & Row>(comparisonMonthsSql(pairs));
	const counts = await db.query<CompareCountsRow & Row>(compareCountsSql(pairs));
	const groupCounts = await db.query<CompareGroupsRow & Row>(compareGroupsSql(pairs));
	const groups = await db.query<GroupRow & Row>(groupsSql({ source }));
	const breaks = await db.query<BreakRow & Row>(breaksSql({ source }));
	const targets = await db.query<TargetRecord & Row>(targetsSql({ source, area }));
	const [latest] = await db.query<{ month: string | null }>(lastMonthSql({ source, area }));
	const token = formatPeriodToken(opts.period);
	const tokens = targets
		.filter((t) => t.period === 'any' || t.period === token)
		.flatMap((t) => (t.baseline && t.baseline !== 'base' ? [t.baseline] : []));
	const baselines = await loadBaselines({ db, source, area, tokens, groups, direction });
	const rate = opts.rate
		? rateBasis({
				population: opts.rate,
				area,
				rows: await db.query<PopulationRow & Row>(populationsSql({ area, population: opts.rate })),
				period: opts.period,
				base
			})
		: null;
	return buildComparison({
		source,
		area,
		period: opts.period,
		base,
		periodLabel: labelPeriod(opts.period),
		baseLabel: labelPeriod(base),
		pairs: months,
		counts,
		groupCounts,
		groups,
		breaks,
		latestMonth: latest?.month ?? null,
		rate,
		targets,
		baselines,
		direction,
		smallNumberThreshold: opts.smallNumberThreshold
	});
}
