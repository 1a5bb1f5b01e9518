import type { Query } from '../db/connector';
import { whereAll } from '../db/sql/where-all';

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
	const where = whereAll([
		opts.headerSignature === undefined
			? null
			: { sql: 'header_signature = ?', params: [opts.headerSignature] },
		opts.name === undefined ? null : { sql: 'name = ?', params: [opts.name] }
	]);
	return {
		sql: `SELECT name, header_signature, mapping, saved_at FROM column_mappings
${where.sql}ORDER BY saved_at DESC, name`,
		params: where.params
	};
}
