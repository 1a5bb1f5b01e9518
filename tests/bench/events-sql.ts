/**
 * Police.uk categories of a large force with realistic weights (shares of all records, ASB
 * included), cumulative, for generated events.
 */
const CATEGORIES: [string, number][] = [
	['Violence and sexual offences', 0.3],
	['Anti-social behaviour', 0.2],
	['Other theft', 0.09],
	['Vehicle crime', 0.08],
	['Shoplifting', 0.06],
	['Public order', 0.06],
	['Burglary', 0.05],
	['Criminal damage and arson', 0.05],
	['Drugs', 0.03],
	['Theft from the person', 0.03],
	['Robbery', 0.02],
	['Bicycle theft', 0.01],
	['Possession of weapons', 0.01],
	['Other crime', 0.01]
];

/** The first of the 120 generated months. */
export const FIRST_MONTH = '2015-01';
export const MONTHS = 120;

/**
 * Ten years of `rows` raw events (category, month) as one CREATE TABLE, in integer arithmetic
 * only, so native DuckDB and DuckDB-wasm make exactly the same rows. Later months hold a little
 * more (about a 20 % rise over the decade).
 * @example eventsSql({ table: 'events', rows: 1_000_000 })
 */
export function eventsSql(opts: {
	table: string;
	rows: number;
	/** Also a `row` column numbering the events from 0 (the store's incidents need one). */
	numbered?: boolean;
}): string {
	let cumulative = 0;
	const cases = CATEGORIES.map(([name, share]) => {
		cumulative += share;
		return `WHEN u < ${cumulative.toFixed(4)} THEN '${name}'`;
	}).join(' ');
	// u picks the category, v the month (skewed later by v * (1.1 - 0.1 v)).
	return `CREATE OR REPLACE TABLE ${opts.table} AS
		WITH r AS (
			SELECT i, (i * 2654435761) % 4294967291 / 4294967291.0 AS u,
				(i * 2246822519 + 7) % 4294967279 / 4294967279.0 AS v
			FROM range(${opts.rows}) t(i)
		), m AS (
			SELECT i, u, CAST(floor(${MONTHS} * (v * (1.1 - 0.1 * v))) AS INTEGER) AS k FROM r
		)
		SELECT ${opts.numbered ? 'CAST(i AS INTEGER) AS row, ' : ''}CASE ${cases} ELSE 'Other crime' END AS category,
			CAST(DATE '${FIRST_MONTH}-01' + to_months(LEAST(k, ${MONTHS - 1})) AS DATE) AS month
		FROM m`;
}

/**
 * One comparison over raw events: counts per category in four month ranges (the chosen period,
 * its base, the financial year to date and its base), as the overview shows them.
 * @example comparisonSql({ table: 'events' }) // bind 8 'YYYY-MM-01' dates
 */
export function comparisonSql(opts: { table: string }): string {
	const range = (a: number) => `month BETWEEN CAST($${a} AS DATE) AND CAST($${a + 1} AS DATE)`;
	const counts = [1, 3, 5, 7].map((a, i) => `count(*) FILTER (WHERE ${range(a)}) AS c${i}`);
	return `SELECT category, ${counts.join(', ')} FROM ${opts.table}
		WHERE ${[1, 3, 5, 7].map((a) => `(${range(a)})`).join(' OR ')}
		GROUP BY category ORDER BY category`;
}
