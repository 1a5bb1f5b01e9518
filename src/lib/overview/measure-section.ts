import { compareMeasures } from '../compare/compare-measures';
import type { Series } from '../compare/store-facts';
import type { MeasureValueRow } from '../db/sql/measure-values-sql';
import type { ComparisonBasis } from '../periods/comparison-period';
import type { Period } from '../periods/period';
import { resolvePeriod } from '../periods/resolve-period';
import { SECTION_TITLES, type OverviewSection } from './overview-section';
import { measureSparks } from './section-sparks';

/**
 * The partner measures' section: every measure now against then, sparklines and one sentence each.
 * @example measureSection({ series, rows, period, vs: 'yoy' }).measures?.rows[0].narrative
 */
export function measureSection(opts: {
	series: Series;
	rows: readonly MeasureValueRow[];
	period: Period;
	vs: ComparisonBasis;
}): OverviewSection {
	const { source, area, last_month } = opts.series;
	const rows = opts.rows.filter((r) => r.source === source && r.area === area);
	const measures = compareMeasures({ ...opts, rows, source, area, latestMonth: last_month });
	// A sparkline shows the shortest span a measure is stored for, as its comparison counts.
	const monthly = new Set(rows.filter((r) => r.start === r.end).map((r) => r.measure));
	const sparkRows = rows.filter((r) => r.start === r.end || !monthly.has(r.measure));
	return {
		key: 'measures',
		title: SECTION_TITLES.measures!,
		source,
		area,
		comparison: null,
		measures,
		sparks: measureSparks({ rows: sparkRows, end: resolvePeriod(opts.period).end }),
		ownTotal: null,
		narrative: measures.rows.map((r) => r.narrative)
	};
}
