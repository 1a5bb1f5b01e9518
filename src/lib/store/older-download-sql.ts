import type { Query } from '../db/connector';
import { STAGE_MONTHS } from './stage-sql';

/** One staged month whose content is an earlier, since replaced, upload's (see olderDownloadSql). */
export interface OlderMonthRow {
	source: string;
	area: string;
	/** `YYYY-MM`. */
	month: string;
	older_file: string;
	/** `YYYY-MM-DD`. */
	older_uploaded: string;
	current_file: string;
	current_uploaded: string;
}

/**
 * Staged months that differ from the stored month but are exactly what an earlier upload of it
 * held (same rows, same content fingerprint), with that upload and the one that replaced it.
 */
export function olderDownloadSql(): Query {
	return {
		sql: `WITH earlier AS (
	SELECT s.source, s.area, s.month, max(u.upload_id) AS upload_id
	FROM ${STAGE_MONTHS} s
	JOIN coverage c ON c.source = s.source AND c.area = s.area AND c.month = s.month
	JOIN upload_months u ON u.source = s.source AND u.area = s.area AND u.month = s.month
		AND u.upload_id < c.upload_id AND u.rows = s.rows AND u.fingerprint = s.fingerprint
	JOIN upload_months now ON now.upload_id = c.upload_id AND now.source = s.source
		AND now.area = s.area AND now.month = s.month
	WHERE now.rows <> s.rows OR now.fingerprint <> s.fingerprint
	GROUP BY s.source, s.area, s.month
)
SELECT e.source, e.area, strftime(e.month, '%Y-%m') AS month,
	old.file_name AS older_file, strftime(old.uploaded_at, '%Y-%m-%d') AS older_uploaded,
	cur.file_name AS current_file, strftime(cur.uploaded_at, '%Y-%m-%d') AS current_uploaded
FROM earlier e
JOIN coverage c ON c.source = e.source AND c.area = e.area AND c.month = e.month
JOIN uploads old ON old.upload_id = e.upload_id
JOIN uploads cur ON cur.upload_id = c.upload_id
ORDER BY e.source, e.area, e.month`
	};
}
