import type { Connector, Row } from '../db/connector';
import { lastMonthSql } from '../db/sql/coverage-sql';
import { measureValuesSql, type MeasureValueRow } from '../db/sql/measure-values-sql';
import { comparisonPeriod, type ComparisonBasis } from '../periods/comparison-period';
import type { Period } from '../periods/period';
import { resolvePeriod } from '../periods/resolve-period';
import { compareMeasures } from './compare-measures';
import type { MeasureComparison } from './measure-comparison';

/**
 * Reads an area's partner measures for a period and its base and compares them (two queries).
 * @example await runMeasureComparison({ db, source: 'measures', area: 'City of London', period: { kind: 'financial-year', startYear: 2021 } })
 */
export async function runMeasureComparison(opts: {
	db: Connector;
	source: string;
	area: string;
	period: Period;
	vs?: ComparisonBasis;
}): Promise<MeasureComparison> {
	const base = comparisonPeriod({ period: opts.period, vs: opts.vs ?? 'yoy' });
	const ranges = [resolvePeriod(opts.period), resolvePeriod(base)];
	const rows = await opts.db.query<MeasureValueRow & Row>(
		measureValuesSql({ areas: [opts.area], ranges })
	);
	const [latest] = await opts.db.query<{ month: string | null }>(lastMonthSql(opts));
	return compareMeasures({ ...opts, rows, latestMonth: latest?.month ?? null });
}
