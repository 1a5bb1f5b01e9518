import type { Query } from '../connector';
import type { MonthRange } from '../../periods/month';
import { CURRENT_VIEWS } from './current-tables-sql';
import { joinSql } from './join-sql';
import { monthParam, quoteIdent } from './quote';

/** One category's count in one month of a source and area. */
export interface MonthlyCountRow {
	source: string;
	area: string;
	category: string;
	month: string;
	count: number;
}

const inList = (values: readonly string[]) => values.map(() => '?').join(', ');

/**
 * Monthly counts per source, area and category in the given areas and month ranges, for every
 * figure one overview needs (the period, its base, the year to date, sparklines) in one query.
 * Ranges may overlap; an empty list of areas or ranges matches nothing.
 * @example monthlyCountsSql({ areas: ['City of London Police'], ranges: [{ start: '2020-04', end: '2022-03' }] })
 */
export function monthlyCountsSql(opts: {
	areas: readonly string[];
	ranges: readonly MonthRange[];
	/** Where the current counts are read: the view, or a copy of it (see `copyCurrentTablesSql`). */
	from?: string;
}): Query {
	const months = joinSql({
		parts: opts.ranges.map((r) => ({
			sql: 'month BETWEEN ? AND ?',
			params: [monthParam(r.start), monthParam(r.end)]
		})),
		separator: ' OR '
	});
	const areas = opts.areas.length ? `area IN (${inList(opts.areas)})` : 'false';
	return {
		sql: `SELECT source, area, category, strftime(month, '%Y-%m') AS month,
	CAST(sum(count) AS INTEGER) AS count
FROM ${quoteIdent(opts.from ?? CURRENT_VIEWS.counts)}
WHERE ${areas} AND (${months.sql || 'false'})
GROUP BY source, area, category, month
ORDER BY source, area, category, month`,
		params: [...opts.areas, ...months.params]
	};
}
