import type { Query, SqlValue } from '../connector';

/**
 * Joins SQL fragments with a separator, their bound values kept in the order of their `?`.
 * @example joinSql({ parts: [{ sql: 'a = ?', params: [1] }, { sql: 'b' }], separator: ' AND ' }) // { sql: 'a = ? AND b', params: [1] }
 */
export function joinSql(opts: { parts: readonly Query[]; separator: string }): {
	sql: string;
	params: SqlValue[];
} {
	return {
		sql: opts.parts.map((p) => p.sql).join(opts.separator),
		params: opts.parts.flatMap((p) => p.params ?? [])
	};
}
