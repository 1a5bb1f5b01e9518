import type { Connector, Row } from '../db/connector';
import { drillCountsSql, type DrillColumn, type DrillCountRow } from '../db/sql/drill-counts-sql';
import { comparisonPeriod, type ComparisonBasis } from '../periods/comparison-period';
import { labelPeriod } from '../periods/label-period';
import { parsePeriod } from '../periods/parse-period';
import { resolvePeriod } from '../periods/resolve-period';
import { drillRows, type DrillRow } from './drill-rows';

/** A drill-down level: police outcomes, fire kinds, or places (locations and LSOAs). */
export type DrillLevel = 'outcomes' | 'kinds' | 'places';

/** One table of a drill-down level. */
export interface DrillTable {
	title: string;
	rows: DrillRow[];
	current: number;
	base: number;
}

/** What a drill-down page shows. */
export interface DrillData {
	periodLabel: string;
	baseLabel: string;
	tables: DrillTable[];
}

const basis = (vs?: string | null): ComparisonBasis =>
	!vs || vs === 'yoy' || vs === 'previous'
		? ((vs || 'yoy') as 'yoy' | 'previous')
		: parsePeriod(vs);

const TABLES: Record<
	DrillLevel,
	{ by: DrillColumn; title: string; missing: string; limit: number }[]
> = {
	outcomes: [
		{ by: 'outcome', title: 'Last outcome category', missing: 'No outcome yet', limit: 100 }
	],
	kinds: [
		{ by: 'subcategory', title: 'Kind of incident', missing: 'Kind not recorded', limit: 100 }
	],
	places: [
		{ by: 'location', title: 'Top locations', missing: 'No location', limit: 15 },
		{ by: 'lsoa_code', title: 'Top LSOAs', missing: 'No LSOA', limit: 15 }
	]
};

/**
 * One category's drill-down level for a period (e.g. `2021-06`, `FY2021-22`) and its base
 * (`vs`: yoy, previous or a period), one small query per table on the server's store.
 * @example await loadDrill({ db, source: 'police-street', area: 'City of London Police', category: 'Burglary', level: 'outcomes', period: '2021-06' })
 */
export async function loadDrill(opts: {
	db: Connector;
	source: string;
	area: string;
	category: string;
	level: DrillLevel;
	period: string;
	vs?: string | null;
	partnership?: string;
}): Promise<DrillData> {
	const period = parsePeriod(opts.period);
	const base = comparisonPeriod({ period, vs: basis(opts.vs) });
	const ranges = { period: resolvePeriod(period), base: resolvePeriod(base) };
	const tables = await Promise.all(
		TABLES[opts.level].map(async (t) => {
			const rows = await opts.db.query<DrillCountRow & Row>(
				drillCountsSql({ ...opts, by: t.by, limit: t.limit, ...ranges })
			);
			return {
				title: t.title,
				...drillRows({ rows, missing: t.missing, partnership: opts.partnership })
			};
		})
	);
	return { periodLabel: labelPeriod(period), baseLabel: labelPeriod(base), tables };
}
