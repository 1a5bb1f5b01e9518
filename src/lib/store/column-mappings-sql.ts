import type { Query } from '../db/connector';

/** Saves (or replaces) a named column mapping with the header signature it was made for. */
export function saveColumnMappingSql(opts: {
	name: string;
	headerSignature: string;
	mapping: string;
	savedAt: string;
}): Query {
	return {
		sql: 'INSERT OR REPLACE INTO column_mappings VALUES (?, ?, ?, ?)',
		params: [opts.name, opts.headerSignature, opts.mapping, opts.savedAt]
	};
}

/** Saved mappings, newest first; only those for a header signature, or with a name, when given. */
export function findColumnMappingsSql(opts: { headerSignature?: string; name?: string }): Query {
	const where: string[] = [];
	const params: string[] = [];
	if (opts.headerSignature !== undefined) {
		where.push('header_signature = ?');
		params.push(opts.headerSignature);
	}
	if (opts.name !== undefined) {
		where.push('name = ?');
		params.push(opts.name);
	}
	const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
	return {
		sql: `SELECT name, header_signature, mapping, saved_at FROM column_mappings ${filter}
ORDER BY saved_at DESC, name`,
		params
	};
}
