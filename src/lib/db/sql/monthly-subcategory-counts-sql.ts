import type { Query } from '../connector';
import type { MonthRange } from '../../periods/month';
import { CURRENT_VIEWS } from './current-tables-sql';
import { joinSql } from './join-sql';
import { monthParam, quoteIdent } from './quote';

/** One kind's count in one month of a source, area and category; `subcategory` null: not recorded. */
export interface MonthlySubcategoryCountRow {
	source: string;
	area: string;
	category: string;
	subcategory: string | null;
	month: string;
	count: number;
}

/**
 * Monthly counts per kind (LFB: Primary Fire, RTC…) in the given areas and month ranges, read
 * beside `monthlyCountsSql` so the overview can compare kinds as it compares categories.
 * Ranges may overlap; an empty list of areas or ranges matches nothing.
 * @example monthlySubcategoryCountsSql({ areas: ['City of London'], ranges: [{ start: '2020-04', end: '2022-03' }] })
 */
export function monthlySubcategoryCountsSql(opts: {
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
	const areas = opts.areas.length ? `area IN (${opts.areas.map(() => '?').join(', ')})` : 'false';
	return {
		sql: `SELECT source, area, category, subcategory, strftime(month, '%Y-%m') AS month,
	CAST(sum(count) AS INTEGER) AS count
FROM ${quoteIdent(opts.from ?? CURRENT_VIEWS.subcategories)}
WHERE ${areas} AND (${months.sql || 'false'})
GROUP BY source, area, category, subcategory, month
ORDER BY source, area, category, subcategory NULLS LAST, month`,
		params: [...opts.areas, ...months.params]
	};
}
