import type { Query } from '../connector';
import type { MonthRange } from '../../periods/month';
import { monthParam, quoteIdent } from './quote';

/** The incident columns a drill-down may group by. */
export const DRILL_COLUMNS = ['outcome', 'location', 'lsoa_code', 'subcategory'] as const;
export type DrillColumn = (typeof DRILL_COLUMNS)[number];

/** One value of the grouped column: its count in the period and in the base. */
export interface DrillCountRow {
	key: string | null;
	/** The LSOA's name when grouped by LSOA code, otherwise null. */
	name: string | null;
	current: number;
	base: number;
	/** Totals over every value, before the limit. */
	current_total: number;
	base_total: number;
}

/**
 * Counts of one category's current incidents by one column, in a period against its base, read
 * only from that source, area, category and those months; largest first, at most `limit` rows.
 * @example drillCountsSql({ source: 'police-street', area: 'City of London Police', category: 'Burglary', by: 'outcome', period: { start: '2021-06', end: '2021-06' }, base: { start: '2020-06', end: '2020-06' } })
 */
export function drillCountsSql(opts: {
	source: string;
	area: string;
	category: string;
	by: DrillColumn;
	period: MonthRange;
	base: MonthRange;
	limit?: number;
}): Query {
	if (!DRILL_COLUMNS.includes(opts.by)) throw new Error(`Cannot drill by "${opts.by}".`);
	const col = quoteIdent(opts.by);
	const [ps, pe, bs, be] = [
		monthParam(opts.period.start),
		monthParam(opts.period.end),
		monthParam(opts.base.start),
		monthParam(opts.base.end)
	];
	const name = opts.by === 'lsoa_code' ? 'any_value("lsoa_name")' : 'NULL';
	return {
		sql: `SELECT ${col} AS "key", ${name} AS "name",
	CAST(count(*) FILTER (WHERE "month" BETWEEN ? AND ?) AS INTEGER) AS "current",
	CAST(count(*) FILTER (WHERE "month" BETWEEN ? AND ?) AS INTEGER) AS "base",
	CAST(sum("current") OVER () AS INTEGER) AS "current_total",
	CAST(sum("base") OVER () AS INTEGER) AS "base_total"
FROM "current_incidents"
WHERE "source" = ? AND "area" = ? AND "category" = ?
	AND ("month" BETWEEN ? AND ? OR "month" BETWEEN ? AND ?)
GROUP BY ${col}
ORDER BY "current" DESC, "base" DESC, "key" NULLS LAST
LIMIT ?`,
		params: [
			ps,
			pe,
			bs,
			be,
			opts.source,
			opts.area,
			opts.category,
			ps,
			pe,
			bs,
			be,
			opts.limit ?? 50
		]
	};
}
