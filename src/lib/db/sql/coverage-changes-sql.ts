import type { Query } from '../connector';
import { CHANGE_ORDER } from '../versions-schema';

/**
 * Makes an upload current, from `version` on, for every source-area-month it holds and every
 * measure period it holds; inside the caller's transaction. A later file of the same version
 * takes over a month an earlier one held (one change per key and version).
 * @example recordUploadCoverageSql({ version: 4, uploadId: 12 })
 */
export function recordUploadCoverageSql(opts: { version: number; uploadId: number }): Query[] {
	const params = [opts.version, opts.uploadId];
	return [
		{
			sql: `DELETE FROM coverage_changes c WHERE c.version = CAST(? AS INTEGER) AND EXISTS (
	SELECT 1 FROM upload_months um WHERE um.upload_id = CAST(? AS INTEGER)
		AND um.source = c.source AND um.area = c.area AND um.month = c.month)`,
			params
		},
		{
			sql: `INSERT INTO coverage_changes
SELECT CAST(? AS INTEGER), source, area, month, upload_id FROM upload_months
WHERE upload_id = CAST(? AS INTEGER)`,
			params
		},
		{
			sql: `DELETE FROM measure_changes c WHERE c.version = CAST(? AS INTEGER) AND EXISTS (
	SELECT 1 FROM measures m WHERE m.upload_id = CAST(? AS INTEGER) AND m.source = c.source
		AND m.area = c.area AND m.measure = c.measure AND m.period_start = c.period_start
		AND m.period_end = c.period_end)`,
			params
		},
		{
			sql: `INSERT INTO measure_changes
SELECT DISTINCT CAST(? AS INTEGER), source, area, measure, period_start, period_end, upload_id
FROM measures WHERE upload_id = CAST(? AS INTEGER)`,
			params
		}
	];
}

/** The upload of each key as of a version (`?` the version; null upload: no data). */
const AT = (
	table: string,
	keys: string
) => `SELECT ${keys}, arg_max_null(upload_id, ${CHANGE_ORDER}) AS upload_id
	FROM ${table} WHERE version <= CAST(? AS INTEGER) GROUP BY ${keys}`;
const MONTH_KEYS = 'source, area, month';
const MEASURE_KEYS = 'source, area, measure, period_start, period_end';

/**
 * Rolls coverage back to what it was at version `to`, as the changes of a new `version`: every
 * key whose upload differs between the latest state and `to` gets the upload it had then (null
 * where it had no data). Nothing is deleted; inside the caller's transaction.
 * @example rollbackCoverageSql({ version: 9, to: 6 })
 */
export function rollbackCoverageSql(opts: { version: number; to: number }): Query[] {
	const latest = 2147483647;
	const rollback = (table: string, keys: string): Query => ({
		sql: `INSERT INTO ${table}
SELECT CAST(? AS INTEGER), ${keys}, t.upload_id
FROM (${AT(table, keys)}) n
FULL JOIN (${AT(table, keys)}) t USING (${keys})
WHERE n.upload_id IS DISTINCT FROM t.upload_id`,
		params: [opts.version, latest, opts.to]
	});
	return [rollback('coverage_changes', MONTH_KEYS), rollback('measure_changes', MEASURE_KEYS)];
}

/** One source-area-month a version changed, with its total count before and after (null: no data). */
export interface VersionChangeRow {
	version: number;
	source: string;
	area: string;
	month: string;
	old_count: number | null;
	new_count: number | null;
	/** new · replaced (counts changed) · revised (same counts, other content) · removed */
	kind: 'new' | 'replaced' | 'revised' | 'removed';
}

/**
 * Every source-area-month each version changed (all versions, or one), with the month's total
 * count before and after it; measures' months show their number of figures. Newest first.
 * @example versionChangesSql({ version: 4 })
 */
export function versionChangesSql(opts: { version?: number } = {}): Query {
	const one = opts.version === undefined ? '' : 'c.version = CAST(? AS INTEGER) AND ';
	return {
		sql: `WITH latest AS (
	SELECT version, source, area, month, arg_max_null(upload_id, ${CHANGE_ORDER}) AS upload_id
	FROM coverage_changes GROUP BY version, source, area, month
), changes AS (
	SELECT c.version, c.source, c.area, c.month, c.upload_id AS new_upload,
		lag(c.upload_id) OVER (PARTITION BY c.source, c.area, c.month ORDER BY c.version) AS old_upload
	FROM latest c
), totals AS (
	SELECT um.upload_id, um.source, um.area, um.month, um.rows, um.fingerprint,
		(SELECT sum(uc.count) FROM upload_counts uc WHERE uc.upload_id = um.upload_id
			AND uc.source = um.source AND uc.area = um.area AND uc.month = um.month) AS total
	FROM upload_months um
)
SELECT c.version, c.source, c.area, strftime(c.month, '%Y-%m') AS month,
	CAST(coalesce(o.total, o.rows) AS INTEGER) AS old_count,
	CAST(coalesce(n.total, n.rows) AS INTEGER) AS new_count,
	CASE WHEN c.new_upload IS NULL THEN 'removed' WHEN c.old_upload IS NULL THEN 'new'
		WHEN coalesce(o.total, o.rows) IS DISTINCT FROM coalesce(n.total, n.rows) THEN 'replaced'
		ELSE 'revised' END AS kind
FROM changes c
LEFT JOIN totals o ON o.upload_id = c.old_upload AND o.source = c.source AND o.area = c.area
	AND o.month = c.month
LEFT JOIN totals n ON n.upload_id = c.new_upload AND n.source = c.source AND n.area = c.area
	AND n.month = c.month
WHERE ${one}(c.old_upload IS NOT NULL OR c.new_upload IS NOT NULL)
	AND (o.fingerprint IS DISTINCT FROM n.fingerprint OR c.old_upload IS NULL
		OR c.new_upload IS NULL)
ORDER BY c.version DESC, c.source, c.area, c.month`,
		params: opts.version === undefined ? [] : [opts.version]
	};
}

/**
 * Makes a copy of the store show version `version`: every change (and version) after it
 * dropped from the copy, so its views read the figures as they were then. Never on the store.
 * @example pinCopySql({ version: 7 })
 */
export function pinCopySql(opts: { version: number }): Query[] {
	return ['coverage_changes', 'measure_changes', 'dataset_versions'].map((table) => ({
		sql: `DELETE FROM ${table} WHERE version > CAST(? AS INTEGER)`,
		params: [opts.version]
	}));
}
