import type { Query } from '../db/connector';
import { quoteIdent } from '../db/sql/quote';

/** Staged monthly counts of the file being uploaded: (source, area, category, month, count). */
export const STAGE_COUNTS = 'stage_counts';
/** Staged per-month row counts and content fingerprints, to tell revised months from unchanged ones. */
export const STAGE_MONTHS = 'stage_months';

/**
 * Builds the staged counts and month fingerprints from a staged incident-level table. Grid
 * coordinates stand in for missing longitude/latitude, as in the police.uk check's own
 * fingerprint (addGroupsSql), so fingerprints stay as before; a kind (subcategory) adds its own
 * hash, so a row without one fingerprints as before and an LFB file imported again into a store
 * made before kinds were kept is a revision that brings them in.
 * @example stageFromIncidentsSql({ table: 'stage_incidents' })
 */
export function stageFromIncidentsSql(opts: { table: string }): Query[] {
	return [
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_COUNTS} AS
SELECT source, area, category, month, count(*)::INTEGER AS count
FROM ${quoteIdent(opts.table)} GROUP BY source, area, category, month`
		},
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_MONTHS} AS
SELECT source, area, month, count(*)::INTEGER AS rows,
	sum(hash(category, crime_id, outcome, location, lsoa_code,
		coalesce(longitude, easting), coalesce(latitude, northing)) % 1000000007
		+ coalesce(hash(subcategory) % 1000000007, 0))::BIGINT AS fingerprint
FROM ${quoteIdent(opts.table)} GROUP BY source, area, month`
		}
	];
}

/**
 * Builds the staged counts and month fingerprints from staged count rows (MOPAC cells, mapped
 * files); a month's `rows` is its number of category counts.
 * @example stageFromCountsSql({ table: 'stage_count_rows' })
 */
export function stageFromCountsSql(opts: { table: string }): Query[] {
	return [
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_COUNTS} AS
SELECT source, area, category, month, sum(count)::INTEGER AS count
FROM ${quoteIdent(opts.table)} GROUP BY source, area, category, month`
		},
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_MONTHS} AS
SELECT source, area, month, count(*)::INTEGER AS rows,
	sum(hash(category, count) % 1000000007)::BIGINT AS fingerprint
FROM ${STAGE_COUNTS} GROUP BY source, area, month`
		}
	];
}

/**
 * One row per staged month (current and new row counts, whether its content is the same), joined
 * to each category whose count would change (stored months only). Every join is on equal keys and
 * unchanged categories are left out, so planning thousands of months (a MOPAC table) stays quick.
 */
export function planSql(): Query {
	return {
		sql: `WITH cur AS (
	SELECT m.source, m.area, m.category, m.month, m.count FROM monthly_counts m
	WHERE EXISTS (SELECT 1 FROM ${STAGE_MONTHS} s
		WHERE s.source = m.source AND s.area = m.area AND s.month = m.month)
), counts AS (
	SELECT coalesce(n.source, o.source) AS source, coalesce(n.area, o.area) AS area,
		coalesce(n.month, o.month) AS month, coalesce(n.category, o.category) AS category,
		o.count AS old_count, n.count AS new_count
	FROM ${STAGE_COUNTS} n FULL JOIN cur o
		ON n.source = o.source AND n.area = o.area AND n.month = o.month AND n.category = o.category
), months AS (
	SELECT s.source, s.area, s.month, s.rows AS new_rows, um.rows AS old_rows,
		um.upload_id AS old_upload_id, um.fingerprint = s.fingerprint AS same_content
	FROM ${STAGE_MONTHS} s
	LEFT JOIN coverage c USING (source, area, month)
	LEFT JOIN upload_months um ON um.upload_id = c.upload_id AND um.source = s.source
		AND um.area = s.area AND um.month = s.month
), changes AS (
	SELECT n.* FROM counts n JOIN months mo USING (source, area, month)
	WHERE mo.old_rows IS NOT NULL AND coalesce(n.old_count, 0) <> coalesce(n.new_count, 0)
)
SELECT mo.source, mo.area, strftime(mo.month, '%Y-%m') AS month, mo.new_rows, mo.old_rows,
	mo.old_upload_id, coalesce(mo.same_content, false) AS same_content,
	n.category, n.old_count, n.new_count
FROM months mo
LEFT JOIN changes n ON n.source = mo.source AND n.area = mo.area AND n.month = mo.month
ORDER BY mo.source, mo.area, mo.month, n.category`
	};
}

/** Stores the staged counts and months under a new upload id, inside the caller's transaction. */
export function commitStagedSql(opts: {
	uploadId: number;
	fileName: string;
	sha256: string;
	format: string;
	uploadedAt: string;
	/** The file's row count, when it is not the sum of the months' rows (measures span months). */
	rows?: number;
}): Query[] {
	const id = opts.uploadId;
	const rows = opts.rows === undefined ? 'coalesce(sum(rows), 0)::INTEGER' : 'CAST(? AS INTEGER)';
	const rowParams = opts.rows === undefined ? [] : [opts.rows];
	return [
		{
			sql: `INSERT INTO uploads
SELECT CAST(? AS INTEGER), ?, ?, ?, ${rows}, min(month), max(month), count(DISTINCT month)::INTEGER, ?::TIMESTAMP
FROM ${STAGE_MONTHS}`,
			params: [id, opts.fileName, opts.sha256, opts.format, ...rowParams, opts.uploadedAt]
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

/** Whether any staged source-area-month is stored already (`stored`), so it has a fingerprint to match. */
export function stagedMonthsStoredSql(): Query {
	return {
		sql: `SELECT EXISTS (SELECT 1 FROM ${STAGE_MONTHS} s
	JOIN upload_months u USING (source, area, month)) AS stored`
	};
}
