import type { Query } from '../connector';
import { whereAll } from './where-all';

/** Stored targets, of one source and area (area-wide ones included) or all. @example targetsSql({ source: 'police-street', area: 'City of London Police' }) */
export function targetsSql(opts: { source?: string; area?: string } = {}): Query {
	const where = whereAll([
		opts.source === undefined ? null : { sql: 'source = ?', params: [opts.source] },
		opts.area === undefined ? null : { sql: 'area IS NULL OR area = ?', params: [opts.area] }
	]);
	return {
		sql: `SELECT source, area, category, period, kind, value, baseline, close_margin AS "closeMargin", note
FROM targets
${where.sql}ORDER BY source, category, period`,
		params: where.params
	};
}
