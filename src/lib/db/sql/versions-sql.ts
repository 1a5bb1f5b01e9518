import type { Query } from '../connector';

/** Months a version changed, by kind. */
export interface VersionCounts {
	new: number;
	replaced: number;
	revised: number;
	/** Months a rollback took away (no data at the version rolled back to). */
	removed?: number;
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
	months_removed: number | null;
	rolled_back_to: number | null;
	files: string[];
	/** The committee meeting it was presented at, if marked. */
	meeting: string | null;
	meeting_date: string | null;
}

/**
 * Records dataset version `version` (one more than the last: see nextVersionSql) with the uploads
 * it brought; run inside the transaction that makes its coverage changes.
 * @example recordVersionSql({ version: 3, nowMs: Date.now(), createdBy: 'ana', via: 'cli', action: 'import', counts, uploadIds: [7, 8] })
 */
export function recordVersionSql(opts: {
	version: number;
	nowMs: number;
	createdBy: string;
	via: 'cli' | 'web';
	action: string;
	counts: VersionCounts;
	uploadIds: number[];
	rolledBackTo?: number;
}): Query[] {
	const c = opts.counts;
	const version: Query = {
		sql: `INSERT INTO dataset_versions
VALUES (CAST(? AS INTEGER), epoch_ms(CAST(? AS BIGINT)), ?, ?, ?, ?, ?, ?, ?, CAST(? AS INTEGER))`,
		params: [
			opts.version,
			opts.nowMs,
			opts.createdBy,
			opts.via,
			opts.action,
			c.new,
			c.replaced,
			c.revised,
			c.removed ?? 0,
			opts.rolledBackTo ?? null
		]
	};
	if (!opts.uploadIds.length) return [version];
	const marks = opts.uploadIds.map(() => '?').join(', ');
	return [
		version,
		{
			sql: `INSERT INTO dataset_version_uploads
SELECT CAST(? AS INTEGER), upload_id FROM uploads WHERE upload_id IN (${marks})`,
			params: [opts.version, ...opts.uploadIds]
		}
	];
}

/** The number the next version gets: one more than the last, 1 for the first. @example nextVersionSql() */
export function nextVersionSql(): Query {
	return {
		sql: 'SELECT (coalesce(max(version), 0) + 1)::INTEGER AS version FROM dataset_versions'
	};
}

/** The latest version's number, 0 before any. @example latestVersionSql() */
export function latestVersionSql(): Query {
	return { sql: 'SELECT coalesce(max(version), 0) AS version FROM dataset_versions' };
}

/** Every version, newest first, with the files it brought and its committee mark. @example versionsSql() */
export function versionsSql(): Query {
	return {
		sql: `SELECT v.version, epoch_ms(v.created_at) AS created_ms, v.created_by, v.via, v.action,
	v.months_new, v.months_replaced, v.months_revised, v.months_removed, v.rolled_back_to,
	coalesce(list(u.file_name ORDER BY u.upload_id) FILTER (WHERE u.file_name IS NOT NULL), [])
		AS files,
	any_value(m.meeting) AS meeting, strftime(any_value(m.meeting_date), '%Y-%m-%d') AS meeting_date
FROM dataset_versions v
LEFT JOIN dataset_version_uploads vu USING (version)
LEFT JOIN uploads u USING (upload_id)
LEFT JOIN version_marks m USING (version)
GROUP BY v.version, v.created_at, v.created_by, v.via, v.action, v.months_new,
	v.months_replaced, v.months_revised, v.months_removed, v.rolled_back_to
ORDER BY v.version DESC`
	};
}

/** Whether the store has a table (an older store may not have every table yet). @example tableExistsSql({ name: 'dataset_versions' }) */
export function tableExistsSql(opts: { name: string }): Query {
	return {
		sql: `SELECT count(*) > 0 AS present FROM duckdb_tables() WHERE table_name = ? AND NOT temporary`,
		params: [opts.name]
	};
}
