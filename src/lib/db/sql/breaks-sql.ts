import type { Query } from '../connector';
import { whereAll } from './where-all';

/** One stored methodology break, month as `YYYY-MM`. */
export interface BreakRow {
	source: string;
	category: string | null;
	month: string;
	note: string;
}

/** Stored methodology breaks, of one source or all, oldest first. @example breaksSql({ source: 'police-street' }) */
export function breaksSql(opts: { source?: string } = {}): Query {
	const where = whereAll([
		opts.source === undefined ? null : { sql: 'source = ?', params: [opts.source] }
	]);
	return {
		sql: `SELECT source, category, strftime(month, '%Y-%m') AS month, note FROM breaks
${where.sql}ORDER BY source, month, category NULLS FIRST, note`,
		params: where.params
	};
}
