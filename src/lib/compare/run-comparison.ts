import type { Connector } from '../db/connector';
import {
	compareCountsSql,
	comparisonMonthsSql,
	type CompareCountsRow,
	type MonthPairRow
} from '../db/sql/compare-counts-sql';
import { comparisonPeriod, type ComparisonBasis } from '../periods/comparisonPeriod';
import { labelPeriod } from '../periods/labelPeriod';
import type { Period } from '../periods/period';
import { periodLength, resolvePeriod } from '../periods/resolvePeriod';
import type { Direction } from '../stats/direction';
import { buildComparison } from './build-comparison';
import type { Comparison } from './comparison';

/**
 * Compares a period with its base (a year earlier by default) for one source and area.
 * @example await runComparison({ db, source: 'police-street', area: 'City of London Police',
 *   period: { kind: 'month', month: '2021-06' }, vs: 'yoy' })
 */
export async function runComparison(opts: {
	db: Connector;
	source: string;
	area: string;
	period: Period;
	vs?: ComparisonBasis;
	direction?: Direction;
}): Promise<Comparison> {
	const base = comparisonPeriod({ period: opts.period, vs: opts.vs ?? 'yoy' });
	const pairs = {
		source: opts.source,
		area: opts.area,
		nowStart: resolvePeriod(opts.period).start,
		thenStart: resolvePeriod(base).start,
		length: periodLength(opts.period)
	};
	const months = await opts.db.query<MonthPairRow & Record<string, unknown>>(
		comparisonMonthsSql(pairs)
	);
	const counts = await opts.db.query<CompareCountsRow & Record<string, unknown>>(
		compareCountsSql(pairs)
	);
	return buildComparison({
		source: opts.source,
		area: opts.area,
		period: opts.period,
		base,
		periodLabel: labelPeriod(opts.period),
		baseLabel: labelPeriod(base),
		pairs: months,
		counts,
		direction: opts.direction ?? 'down'
	});
}
