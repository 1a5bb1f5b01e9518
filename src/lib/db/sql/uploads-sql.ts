import type { Query } from '../connector';

/** One stored upload and how many of its months are still the current version. */
export interface UploadRow {
	upload_id: number;
	file_name: string;
	sha256: string;
	format: string;
	rows: number;
	first_month: string | null;
	last_month: string | null;
	months: number;
	current_months: number;
	uploaded_at: string;
}

/** Every upload, newest first, with the months it still supplies (a measure still current counts). */
export function listUploadsSql(): Query {
	return {
		sql: `SELECT u.upload_id, u.file_name, u.sha256, u.format, u.rows,
	strftime(u.first_month, '%Y-%m') AS first_month, strftime(u.last_month, '%Y-%m') AS last_month,
	u.months, (SELECT count(*) FROM upload_months um WHERE um.upload_id = u.upload_id AND (
		EXISTS (SELECT 1 FROM coverage c WHERE c.upload_id = um.upload_id AND c.source = um.source
			AND c.area = um.area AND c.month = um.month)
		OR EXISTS (SELECT 1 FROM current_measures cm WHERE cm.upload_id = um.upload_id
			AND cm.area = um.area AND um.month BETWEEN cm.period_start AND cm.period_end)
	))::INTEGER AS current_months,
	strftime(u.uploaded_at, '%Y-%m-%d %H:%M') AS uploaded_at
FROM uploads u ORDER BY u.upload_id DESC`
	};
}

/** The id the next upload gets (`next`): one more than the highest so far, 1 for the first. */
export function nextUploadIdSql(): Query {
	return { sql: 'SELECT (coalesce(max(upload_id), 0) + 1)::INTEGER AS next FROM uploads' };
}

const UPLOAD_TABLES = [
	'coverage_changes',
	'measure_changes',
	'incidents',
	'measures',
	'upload_counts',
	'upload_subcategory_counts',
	'upload_months',
	'uploads'
] as const;

/**
 * Deletes one upload's rows everywhere; its months fall back to the upload before it, or to empty.
 * @example removeUploadSql({ uploadId: 7 })
 */
export function removeUploadSql(opts: { uploadId: number }): Query[] {
	return UPLOAD_TABLES.map((table) => ({
		sql: `DELETE FROM ${table} WHERE upload_id = CAST(? AS INTEGER)`,
		params: [opts.uploadId]
	}));
}
