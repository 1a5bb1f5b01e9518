import type { Query } from '../db/connector';

/** Staged monthly counts of the file being uploaded: (source, area, category, month, count). */
export const STAGE_COUNTS = 'stage_counts';
/** Staged per-month row counts and content fingerprints, to tell revised months from unchanged ones. */
export const STAGE_MONTHS = 'stage_months';

/**
 * Builds the staged counts and month fingerprints from a staged incident-level table.
 * @example stageFromIncidentsSql({ table: 'stage_incidents' })
 */
export function stageFromIncidentsSql(opts: { table: string }): Query[] {
	return [
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_COUNTS} AS
SELECT source, area, category, month, count(*)::INTEGER AS count
FROM ${opts.table} GROUP BY source, area, category, month`
		},
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_MONTHS} AS
SELECT source, area, month, count(*)::INTEGER AS rows,
	sum(hash(category, crime_id, outcome, location, lsoa_code, longitude, latitude) % 1000000007)::BIGINT AS fingerprint
FROM ${opts.table} GROUP BY source, area, month`
		}
	];
}

/** Per category of every staged month: the current count (if the month is stored) and the new one. */
export function planSql(): Query {
	return {
		sql: `WITH cur AS (
	SELECT m.* FROM monthly_counts m
	WHERE EXISTS (SELECT 1 FROM ${STAGE_MONTHS} s
		WHERE s.source = m.source AND s.area = m.area AND s.month = m.month)
), months AS (
	SELECT s.source, s.area, s.month, s.rows AS new_rows, um.rows AS old_rows,
		um.upload_id AS old_upload_id, um.fingerprint = s.fingerprint AS same_content
	FROM ${STAGE_MONTHS} s
	LEFT JOIN coverage c USING (source, area, month)
	LEFT JOIN upload_months um ON um.upload_id = c.upload_id AND um.source = s.source
		AND um.area = s.area AND um.month = s.month
)
SELECT mo.source, mo.area, strftime(mo.month, '%Y-%m') AS month, mo.new_rows, mo.old_rows,
	mo.old_upload_id, coalesce(mo.same_content, false) AS same_content,
	coalesce(n.category, o.category) AS category, o.count AS old_count, n.count AS new_count
FROM months mo
LEFT JOIN (${STAGE_COUNTS} n FULL JOIN cur o USING (source, area, month, category))
	ON coalesce(n.source, o.source) = mo.source AND coalesce(n.area, o.area) = mo.area
	AND coalesce(n.month, o.month) = mo.month
ORDER BY mo.source, mo.area, mo.month, category`
	};
}

/** Stores the staged counts and months under a new upload id, inside the caller's transaction. */
export function commitStagedSql(opts: {
	uploadId: number;
	fileName: string;
	sha256: string;
	format: string;
	uploadedAt: string;
}): Query[] {
	const id = opts.uploadId;
	return [
		{
			sql: `INSERT INTO uploads
SELECT CAST(? AS INTEGER), ?, ?, ?, coalesce(sum(rows), 0)::INTEGER, min(month), max(month), count(DISTINCT month)::INTEGER, ?::TIMESTAMP
FROM ${STAGE_MONTHS}`,
			params: [id, opts.fileName, opts.sha256, opts.format, opts.uploadedAt]
		},
		{
			sql: `INSERT INTO upload_months SELECT CAST(? AS INTEGER), source, area, month, rows, fingerprint FROM ${STAGE_MONTHS}`,
			params: [id]
		},
		{
			sql: `INSERT INTO upload_counts SELECT CAST(? AS INTEGER), source, area, category, month, count FROM ${STAGE_COUNTS}`,
			params: [id]
		}
	];
}
