import type { Query } from '../connector';

/** Stored targets, of one source and area (area-wide ones included) or all. @example targetsSql({ source: 'police-street', area: 'City of London Police' }) */
export function targetsSql(opts: { source?: string; area?: string } = {}): Query {
	const where: string[] = [];
	const params: string[] = [];
	if (opts.source !== undefined) {
		where.push('source = ?');
		params.push(opts.source);
	}
	if (opts.area !== undefined) {
		where.push('(area IS NULL OR area = ?)');
		params.push(opts.area);
	}
	return {
		sql: `SELECT source, area, category, period, kind, value, baseline, close_margin AS "closeMargin", note
FROM targets ${where.length ? `WHERE ${where.join(' AND ')} ` : ''}ORDER BY source, category, period`,
		params
	};
}
