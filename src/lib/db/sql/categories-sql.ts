import type { Query } from '../connector';

/** The categories a source has monthly counts for, in any area, A to Z. @example categoriesSql({ source: 'police-street' }) */
export function categoriesSql(opts: { source: string }): Query {
	return {
		sql: 'SELECT DISTINCT category FROM monthly_counts WHERE source = ? ORDER BY category',
		params: [opts.source]
	};
}
