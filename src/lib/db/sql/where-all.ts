import type { Query, SqlValue } from '../connector';
import { joinSql } from './join-sql';

/**
 * A WHERE clause and its values from the conditions given, null ones left out: each condition in
 * brackets (so an OR inside one stays inside it), joined by AND, then a line break; nothing at
 * all when no condition is left.
 * @example whereAll([{ sql: 'source = ?', params: ['lfb'] }, null]) // { sql: 'WHERE (source = ?)\n', params: ['lfb'] }
 */
export function whereAll(conditions: readonly (Query | null)[]): {
	sql: string;
	params: SqlValue[];
} {
	const parts = conditions.filter((c): c is Query => c !== null);
	if (parts.length === 0) return { sql: '', params: [] };
	const all = joinSql({
		parts: parts.map((p) => ({ ...p, sql: `(${p.sql})` })),
		separator: ' AND '
	});
	return { sql: `WHERE ${all.sql}\n`, params: all.params };
}
