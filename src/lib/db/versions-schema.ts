/**
 * Older stores (and rows written straight into upload_months or measures, as tests do): every
 * month (or measure period) of an upload without a coverage change gets one, at the version that
 * lists the upload, else 0. Within a version the later upload wins (see CHANGE_ORDER).
 */
export const VERSIONS_BACKFILL: readonly string[] = [
	`INSERT INTO coverage_changes
		SELECT coalesce(v.version, 0), um.source, um.area, um.month, um.upload_id
		FROM upload_months um
		LEFT JOIN (SELECT upload_id, min(version) AS version FROM dataset_version_uploads GROUP BY ALL) v
			USING (upload_id)
		WHERE NOT EXISTS (SELECT 1 FROM coverage_changes c WHERE c.upload_id = um.upload_id
			AND c.source = um.source AND c.area = um.area AND c.month = um.month)`,
	`INSERT INTO measure_changes
		SELECT DISTINCT coalesce(v.version, 0), m.source, m.area, m.measure, m.period_start,
			m.period_end, m.upload_id
		FROM measures m
		LEFT JOIN (SELECT upload_id, min(version) AS version FROM dataset_version_uploads GROUP BY ALL) v
			USING (upload_id)
		WHERE NOT EXISTS (SELECT 1 FROM measure_changes c WHERE c.upload_id = m.upload_id
			AND c.source = m.source AND c.area = m.area AND c.measure = m.measure
			AND c.period_start = m.period_start AND c.period_end = m.period_end)`
];

/**
 * Dataset versions: each publish, import or rollback is one version, written in one transaction
 * with the coverage changes it makes. A change says which upload supplies a source-area-month
 * (or a measure's period) from that version on; null means no data. The figures at version N are
 * the latest change of each key up to N, so nothing is ever deleted to roll back or to pin a page.
 * Uploads stored before versions existed count as version 0; an upload a version lists (the
 * CLI's imports since versions began) counts as that version. Applied by `SCHEMA`, before its views.
 */
export const VERSIONS_SCHEMA: readonly string[] = [
	`CREATE TABLE IF NOT EXISTS dataset_versions (
		version INTEGER PRIMARY KEY,
		created_at TIMESTAMP NOT NULL,
		created_by VARCHAR NOT NULL,
		via VARCHAR NOT NULL,
		action VARCHAR NOT NULL,
		months_new INTEGER NOT NULL,
		months_replaced INTEGER NOT NULL,
		months_revised INTEGER NOT NULL,
		months_removed INTEGER,
		rolled_back_to INTEGER
	)`,
	// Stores made before rollback get the columns at the end, where a new store has them too.
	'ALTER TABLE dataset_versions ADD COLUMN IF NOT EXISTS months_removed INTEGER',
	'ALTER TABLE dataset_versions ADD COLUMN IF NOT EXISTS rolled_back_to INTEGER',
	`CREATE TABLE IF NOT EXISTS dataset_version_uploads (
		version INTEGER NOT NULL,
		upload_id INTEGER NOT NULL,
		PRIMARY KEY (version, upload_id)
	)`,
	`CREATE TABLE IF NOT EXISTS coverage_changes (
		version INTEGER NOT NULL,
		source VARCHAR NOT NULL,
		area VARCHAR NOT NULL,
		month DATE NOT NULL,
		upload_id INTEGER
	)`,
	`CREATE TABLE IF NOT EXISTS measure_changes (
		version INTEGER NOT NULL,
		source VARCHAR NOT NULL,
		area VARCHAR NOT NULL,
		measure VARCHAR NOT NULL,
		period_start DATE NOT NULL,
		period_end DATE NOT NULL,
		upload_id INTEGER
	)`,
	// A version as presented to a committee: one mark a version, edited or removed by an analyst.
	`CREATE TABLE IF NOT EXISTS version_marks (
		version INTEGER PRIMARY KEY,
		meeting VARCHAR NOT NULL,
		meeting_date DATE NOT NULL,
		marked_by VARCHAR NOT NULL,
		marked_at TIMESTAMP NOT NULL
	)`,
	...VERSIONS_BACKFILL
];

/** The order of coverage changes: by version, then by upload within one version. */
export const CHANGE_ORDER = 'version::BIGINT * 4294967296 + coalesce(upload_id, 0)';
