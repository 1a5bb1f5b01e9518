import type { Query } from '../connector';
import { countsCte, type MonthPairs } from './compare-counts-sql';

/** One group's totals over the month pairs where both sides have data. */
export interface CompareGroupsRow {
	group_name: string;
	now_count: number;
	then_count: number;
}

/**
 * Sums the category counts of each stored group over the same gap-safe month pairs as
 * `compareCountsSql`; a member category with no rows in the store adds 0.
 * @example compareGroupsSql({ source: 'police-street', area: 'City of London Police',
 *   nowStart: '2021-04', thenStart: '2020-04', length: 3 })
 */
export function compareGroupsSql(opts: MonthPairs): Query {
	const cte = countsCte(opts);
	return {
		sql: `${cte.sql}
SELECT g.group_name,
	CAST(coalesce(sum(c.now_count), 0) AS INTEGER) AS now_count,
	CAST(coalesce(sum(c.then_count), 0) AS INTEGER) AS then_count
FROM category_groups g LEFT JOIN counts c ON c.category = g.category
WHERE g.source = ?
GROUP BY g.group_name
ORDER BY g.group_name`,
		params: [...cte.params, opts.source]
	};
}
