import type { Query } from '../connector';

/** Sources and areas in the store with the months each covers, newest area first. */
export function seriesSql(): Query {
	return {
		sql: `SELECT source, area, strftime(min(month), '%Y-%m') AS first_month,
	strftime(max(month), '%Y-%m') AS last_month, count(*)::INTEGER AS months
FROM coverage GROUP BY source, area ORDER BY months DESC, source, area`
	};
}

/** Every month a source and area has data for, oldest first. @example coveredMonthsSql({ source, area }) */
export function coveredMonthsSql(opts: { source: string; area: string }): Query {
	return {
		sql: `SELECT strftime(month, '%Y-%m') AS month FROM coverage
WHERE source = ? AND area = ? ORDER BY month`,
		params: [opts.source, opts.area]
	};
}

/** The latest month a source and area has data for (null when none). @example lastMonthSql({ source, area }) */
export function lastMonthSql(opts: { source: string; area: string }): Query {
	return {
		sql: `SELECT strftime(max(month), '%Y-%m') AS month FROM coverage WHERE source = ? AND area = ?`,
		params: [opts.source, opts.area]
	};
}
