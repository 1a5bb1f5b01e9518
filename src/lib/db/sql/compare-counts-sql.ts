import type { Query } from '../connector';
import { monthParam } from './quote';

/** Which months a comparison pairs: the n-th month of the period with the n-th of its base. */
export interface MonthPairs {
	source: string;
	area: string;
	/** First month of the period, `YYYY-MM`. */
	nowStart: string;
	/** First month of the base period, `YYYY-MM`. */
	thenStart: string;
	/** Months in each period. */
	length: number;
}

/** One month pair and whether the store has data for each side. */
export interface MonthPairRow {
	now_month: string;
	then_month: string;
	now_has: boolean;
	then_has: boolean;
}

/** One category's totals over the pairs where both months have data. */
export interface CompareCountsRow {
	category: string;
	now_count: number;
	then_count: number;
}

const pairsCte = `pairs AS (
	SELECT CAST(CAST(? AS DATE) + to_months(CAST(i AS INTEGER)) AS DATE) AS now_month,
		CAST(CAST(? AS DATE) + to_months(CAST(i AS INTEGER)) AS DATE) AS then_month
	FROM range(0, CAST(? AS BIGINT)) AS t(i)
), flagged AS (
	SELECT p.now_month, p.then_month,
		cn.month IS NOT NULL AS now_has, ct.month IS NOT NULL AS then_has
	FROM pairs p
	LEFT JOIN coverage cn ON cn.source = ? AND cn.area = ? AND cn.month = p.now_month
	LEFT JOIN coverage ct ON ct.source = ? AND ct.area = ? AND ct.month = p.then_month
)`;

const pairParams = (o: MonthPairs) => [
	monthParam(o.nowStart),
	monthParam(o.thenStart),
	o.length,
	o.source,
	o.area,
	o.source,
	o.area
];

/**
 * Lists the month pairs of a comparison with the data each side has, so gaps are seen, not zeroed.
 * @example comparisonMonthsSql({ source, area, nowStart: '2021-04', thenStart: '2020-04', length: 3 })
 */
export function comparisonMonthsSql(opts: MonthPairs): Query {
	return {
		sql: `WITH ${pairsCte}
SELECT strftime(now_month, '%Y-%m') AS now_month, strftime(then_month, '%Y-%m') AS then_month,
	now_has, then_has
FROM flagged ORDER BY now_month`,
		params: pairParams(opts)
	};
}

/**
 * The `WITH` clauses up to `counts` (category, now_count, then_count): per-category totals over
 * the month pairs where both sides have data, on a calendar spine. Shared by the category and the
 * group queries so both add up exactly the same months.
 * @example const { cte, params } = countsCte({ source, area, nowStart: '2021-06', thenStart: '2020-06', length: 1 })
 */
export function countsCte(opts: MonthPairs): Required<Query> {
	return {
		sql: `WITH ${pairsCte}, used AS (
	SELECT now_month, then_month FROM flagged WHERE now_has AND then_has
), categories AS (
	SELECT DISTINCT category FROM monthly_counts WHERE source = ? AND area = ?
), counts AS (
	SELECT k.category,
		CAST(coalesce(sum(coalesce(mn.count, 0)), 0) AS INTEGER) AS now_count,
		CAST(coalesce(sum(coalesce(mt.count, 0)), 0) AS INTEGER) AS then_count
	FROM categories k
	LEFT JOIN used u ON true
	LEFT JOIN monthly_counts mn
		ON mn.source = ? AND mn.area = ? AND mn.category = k.category AND mn.month = u.now_month
	LEFT JOIN monthly_counts mt
		ON mt.source = ? AND mt.area = ? AND mt.category = k.category AND mt.month = u.then_month
	GROUP BY k.category
)`,
		params: [
			...pairParams(opts),
			opts.source,
			opts.area,
			opts.source,
			opts.area,
			opts.source,
			opts.area
		]
	};
}

/**
 * Counts per category over the month pairs where both sides have data, on a calendar spine:
 * a month with data for the source but no rows for a category counts 0. Rows are never
 * shifted (no LAG), so a missing month cannot pair the wrong months.
 * @example compareCountsSql({ source: 'police-street', area: 'City of London Police',
 *   nowStart: '2021-06', thenStart: '2020-06', length: 1 })
 */
export function compareCountsSql(opts: MonthPairs): Query {
	const cte = countsCte(opts);
	return {
		sql: `${cte.sql}
SELECT category, now_count, then_count FROM counts ORDER BY category`,
		params: cte.params
	};
}
