import type { Query } from '../connector';

/** One month a source and area has data for. */
export interface CoverageRow {
	source: string;
	area: string;
	month: string;
}

/** One category a source and area has monthly counts for. */
export interface SeriesCategoryRow {
	source: string;
	area: string;
	category: string;
}

/** Every month of every source and area with data, oldest first. @example coverageAllSql() */
export function coverageAllSql(): Query {
	return {
		sql: `SELECT source, area, strftime(month, '%Y-%m') AS month FROM coverage
ORDER BY source, area, month`
	};
}

/**
 * The categories of each source and area, A to Z: those a comparison lists, counting 0 where a
 * covered month has no rows for one. @example seriesCategoriesSql()
 */
export function seriesCategoriesSql(): Query {
	return {
		sql: `SELECT DISTINCT source, area, category FROM monthly_counts ORDER BY source, area, category`
	};
}

/** The fingerprint of every stored upload, to tell the bundled sample from real files. @example uploadHashesSql() */
export function uploadHashesSql(): Query {
	return { sql: 'SELECT DISTINCT sha256 FROM uploads ORDER BY sha256' };
}
