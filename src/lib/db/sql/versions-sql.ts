import type { Query } from '../connector';

/** Months a version changed, by kind. */
export interface VersionCounts {
	new: number;
	replaced: number;
	revised: number;
}

/** One dataset version as listed. */
export interface VersionRow {
	version: number;
	created_ms: number;
	created_by: string;
	via: string;
	action: string;
	months_new: number;
	months_replaced: number;
	months_revised: number;
	files: string[];
}

/**
 * Records the next dataset version (one more than the last) with the uploads it brought; run
 * inside a transaction, with at least one upload.
 * @example recordVersionSql({ nowMs: Date.now(), createdBy: 'ana', via: 'cli', action: 'import', counts, uploadIds: [7, 8] })
 */
export function recordVersionSql(opts: {
	nowMs: number;
	createdBy: string;
	via: 'cli' | 'web';
	action: string;
	counts: VersionCounts;
	uploadIds: number[];
}): Query[] {
	const c = opts.counts;
	const marks = opts.uploadIds.map(() => '?').join(', ');
	return [
		{
			sql: `INSERT INTO dataset_versions
SELECT coalesce(max(version), 0) + 1, epoch_ms(CAST(? AS BIGINT)), ?, ?, ?, ?, ?, ?
FROM dataset_versions`,
			params: [opts.nowMs, opts.createdBy, opts.via, opts.action, c.new, c.replaced, c.revised]
		},
		{
			sql: `INSERT INTO dataset_version_uploads
SELECT (SELECT max(version) FROM dataset_versions), upload_id FROM uploads
WHERE upload_id IN (${marks})`,
			params: opts.uploadIds
		}
	];
}

/** The latest version's number, 0 before any. @example latestVersionSql() */
export function latestVersionSql(): Query {
	return { sql: 'SELECT coalesce(max(version), 0) AS version FROM dataset_versions' };
}

/** Every version, newest first, with the files it brought. @example versionsSql() */
export function versionsSql(): Query {
	return {
		sql: `SELECT v.version, epoch_ms(v.created_at) AS created_ms, v.created_by, v.via, v.action,
	v.months_new, v.months_replaced, v.months_revised,
	coalesce(list(u.file_name ORDER BY u.upload_id) FILTER (WHERE u.file_name IS NOT NULL), [])
		AS files
FROM dataset_versions v
LEFT JOIN dataset_version_uploads vu USING (version)
LEFT JOIN uploads u USING (upload_id)
GROUP BY ALL ORDER BY v.version DESC`
	};
}

/** Whether the store has a table (an older store may not have every table yet). @example tableExistsSql({ name: 'dataset_versions' }) */
export function tableExistsSql(opts: { name: string }): Query {
	return {
		sql: `SELECT count(*) > 0 AS present FROM duckdb_tables() WHERE table_name = ? AND NOT temporary`,
		params: [opts.name]
	};
}
