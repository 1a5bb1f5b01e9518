/**
 * The store's schema, applied unchanged by the Node and the browser connectors.
 * Every upload keeps its own rows; the latest upload of a source-area-month is the current one,
 * so re-uploading a month replaces it and removing an upload brings back the version before it.
 * Which upload is current is kept by version (versions-schema.ts), so a rollback deletes nothing.
 */
import { CHANGE_ORDER, VERSIONS_SCHEMA } from './versions-schema';

export const SCHEMA: readonly string[] = [
	`CREATE TABLE IF NOT EXISTS uploads (
		upload_id INTEGER PRIMARY KEY,
		file_name VARCHAR NOT NULL,
		sha256 VARCHAR NOT NULL,
		format VARCHAR NOT NULL,
		rows INTEGER NOT NULL,
		first_month DATE,
		last_month DATE,
		months INTEGER NOT NULL,
		uploaded_at TIMESTAMP NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS upload_months (
		upload_id INTEGER NOT NULL,
		source VARCHAR NOT NULL,
		area VARCHAR NOT NULL,
		month DATE NOT NULL,
		rows INTEGER NOT NULL,
		fingerprint BIGINT NOT NULL,
		PRIMARY KEY (upload_id, source, area, month)
	)`,
	`CREATE TABLE IF NOT EXISTS upload_counts (
		upload_id INTEGER NOT NULL,
		source VARCHAR NOT NULL,
		area VARCHAR NOT NULL,
		category VARCHAR NOT NULL,
		month DATE NOT NULL,
		count INTEGER NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS incidents (
		source VARCHAR NOT NULL,
		area VARCHAR NOT NULL,
		category VARCHAR NOT NULL,
		month DATE NOT NULL,
		outcome VARCHAR,
		crime_id VARCHAR,
		lsoa_code VARCHAR,
		lsoa_name VARCHAR,
		location VARCHAR,
		longitude DOUBLE,
		latitude DOUBLE,
		upload_id INTEGER NOT NULL,
		source_row INTEGER NOT NULL,
		easting DOUBLE,
		northing DOUBLE,
		subcategory VARCHAR
	)`,
	// British National Grid metres (LFB, the older police.uk layout); added to stores made before.
	'ALTER TABLE incidents ADD COLUMN IF NOT EXISTS easting DOUBLE',
	'ALTER TABLE incidents ADD COLUMN IF NOT EXISTS northing DOUBLE',
	// An incident's kind within its category (LFB: StopCodeDescription, or SpecialServiceType for
	// Special Service); null where the file has none. Added to stores made before.
	'ALTER TABLE incidents ADD COLUMN IF NOT EXISTS subcategory VARCHAR',
	// Counts per kind (null: not recorded) beside upload_counts, never in it, so totals never
	// count a kind twice; every kind of an upload's category adds up to that category's count.
	`CREATE TABLE IF NOT EXISTS upload_subcategory_counts (
		upload_id INTEGER NOT NULL,
		source VARCHAR NOT NULL,
		area VARCHAR NOT NULL,
		category VARCHAR NOT NULL,
		subcategory VARCHAR,
		month DATE NOT NULL,
		count INTEGER NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS measures (
		source VARCHAR NOT NULL,
		area VARCHAR NOT NULL,
		measure VARCHAR NOT NULL,
		period VARCHAR NOT NULL,
		period_start DATE NOT NULL,
		period_end DATE NOT NULL,
		value DOUBLE NOT NULL,
		unit VARCHAR NOT NULL,
		target DOUBLE,
		direction VARCHAR NOT NULL,
		upload_id INTEGER NOT NULL,
		source_row INTEGER NOT NULL
	)`,
	// Configuration, loaded from data/config/*.csv by `npm run cli -- config load` (and into every
	// new store by its first import): methodology breaks, category groups, rate denominators, targets.
	`CREATE TABLE IF NOT EXISTS breaks (
		source VARCHAR NOT NULL,
		category VARCHAR,
		month DATE NOT NULL,
		note VARCHAR NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS category_groups (
		source VARCHAR NOT NULL,
		group_name VARCHAR NOT NULL,
		category VARCHAR NOT NULL,
		PRIMARY KEY (source, group_name, category)
	)`,
	`CREATE TABLE IF NOT EXISTS populations (
		area VARCHAR NOT NULL,
		year INTEGER NOT NULL,
		population VARCHAR NOT NULL,
		value DOUBLE NOT NULL,
		PRIMARY KEY (area, year, population)
	)`,
	`CREATE TABLE IF NOT EXISTS targets (
		source VARCHAR NOT NULL,
		area VARCHAR,
		category VARCHAR NOT NULL,
		period VARCHAR NOT NULL,
		kind VARCHAR NOT NULL,
		value DOUBLE,
		baseline VARCHAR,
		close_margin DOUBLE,
		note VARCHAR
	)`,
	// Column mappings saved for files in no known layout, found again by their header next month.
	`CREATE TABLE IF NOT EXISTS column_mappings (
		name VARCHAR PRIMARY KEY,
		header_signature VARCHAR NOT NULL,
		mapping VARCHAR NOT NULL,
		saved_at VARCHAR NOT NULL
	)`,
	...VERSIONS_SCHEMA,
	// The upload behind each source-area-month: its latest coverage change (null: no data).
	`CREATE OR REPLACE VIEW coverage AS
		SELECT * FROM (
			SELECT source, area, month, arg_max_null(upload_id, ${CHANGE_ORDER}) AS upload_id
			FROM coverage_changes GROUP BY source, area, month
		) WHERE upload_id IS NOT NULL`,
	`CREATE OR REPLACE VIEW monthly_counts AS
		SELECT u.source, u.area, u.category, u.month, u.count
		FROM upload_counts u JOIN coverage c USING (source, area, month, upload_id)`,
	`CREATE OR REPLACE VIEW monthly_subcategory_counts AS
		SELECT u.source, u.area, u.category, u.subcategory, u.month, u.count
		FROM upload_subcategory_counts u JOIN coverage c USING (source, area, month, upload_id)`,
	`CREATE OR REPLACE VIEW current_incidents AS
		SELECT i.* FROM incidents i JOIN coverage c USING (source, area, month, upload_id)`,
	// A measure is replaced only by a later upload of the same measure, area and period, so a
	// partner's file never hides another partner's measures for the same months.
	`CREATE OR REPLACE VIEW current_measures AS
		SELECT m.* FROM measures m JOIN (
			SELECT * FROM (
				SELECT source, area, measure, period_start, period_end,
					arg_max_null(upload_id, ${CHANGE_ORDER}) AS upload_id
				FROM measure_changes GROUP BY source, area, measure, period_start, period_end
			) WHERE upload_id IS NOT NULL
		) c USING (source, area, measure, period_start, period_end, upload_id)`
];

/** Tables the browser needs to run every comparison; incidents stay on the server. */
export const SNAPSHOT_TABLES = [
	'uploads',
	'upload_months',
	'upload_counts',
	'upload_subcategory_counts',
	'measures',
	'column_mappings',
	'breaks',
	'category_groups',
	'populations',
	'targets',
	'dataset_versions',
	'coverage_changes',
	'measure_changes'
] as const;
export type SnapshotTable = (typeof SNAPSHOT_TABLES)[number];

/** Whether a name (a URL segment, say) is one of the snapshot tables. @example isSnapshotTable('uploads') // true */
export function isSnapshotTable(name: string): name is SnapshotTable {
	return (SNAPSHOT_TABLES as readonly string[]).includes(name);
}
