import type { Query } from '../connector';
import { whereAll } from './where-all';

/** One category of a stored group. */
export interface GroupRow {
	source: string;
	group: string;
	category: string;
}

/** Stored group memberships, of one source or all, by group then category. @example groupsSql({ source: 'police-street' }) */
export function groupsSql(opts: { source?: string } = {}): Query {
	const where = whereAll([
		opts.source === undefined ? null : { sql: 'source = ?', params: [opts.source] }
	]);
	return {
		sql: `SELECT source, group_name AS "group", category FROM category_groups
${where.sql}ORDER BY source, group_name, category`,
		params: where.params
	};
}

/** Removes a group. @example removeGroupSql({ source: 'police-street', group: 'violence' }) */
export function removeGroupSql(opts: { source: string; group: string }): Query {
	return {
		sql: 'DELETE FROM category_groups WHERE source = ? AND group_name = ?',
		params: [opts.source, opts.group]
	};
}

/**
 * Defines (or redefines) a group as exactly these categories; run inside a transaction.
 * @example setGroupSql({ source: 'police-street', group: 'violence', categories: ['Robbery', 'Possession of weapons'] })
 */
export function setGroupSql(opts: {
	source: string;
	group: string;
	categories: string[];
}): Query[] {
	const categories = [...new Set(opts.categories)];
	return [
		removeGroupSql(opts),
		{
			sql: `INSERT INTO category_groups (source, group_name, category) VALUES ${categories.map(() => '(?, ?, ?)').join(', ')}`,
			params: categories.flatMap((c) => [opts.source, opts.group, c])
		}
	];
}
