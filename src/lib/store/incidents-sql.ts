import type { Query } from '../db/connector';

/** Staged incident rows of the file being uploaded, in the incidents layout (no upload id yet). */
export const STAGE_INCIDENTS = 'stage_incidents';

/** The staged incident columns and their types, in the order every incident stager writes them. */
export const INCIDENT_COLUMNS = {
	source: 'VARCHAR',
	area: 'VARCHAR',
	category: 'VARCHAR',
	month: 'DATE',
	outcome: 'VARCHAR',
	crime_id: 'VARCHAR',
	lsoa_code: 'VARCHAR',
	lsoa_name: 'VARCHAR',
	location: 'VARCHAR',
	longitude: 'DOUBLE',
	latitude: 'DOUBLE',
	easting: 'DOUBLE',
	northing: 'DOUBLE',
	/** The incident's kind within its category (LFB); null where none is recorded. */
	subcategory: 'VARCHAR',
	source_row: 'INTEGER'
} as const;

/** One staged incident, as JS values (month `YYYY-MM-01`). */
export type IncidentRecord = Record<keyof typeof INCIDENT_COLUMNS, string | number | null>;

/**
 * Stores the staged incidents' counts per category, kind (null: not recorded) and month under an
 * upload id, inside the caller's transaction: the kinds of a category add up to its count.
 * @example commitSubcategoryCountsSql({ uploadId: 4 })
 */
export function commitSubcategoryCountsSql(opts: { uploadId: number }): Query {
	return {
		sql: `INSERT INTO upload_subcategory_counts
SELECT CAST(? AS INTEGER), source, area, category, subcategory, month, count(*)::INTEGER
FROM ${STAGE_INCIDENTS} GROUP BY source, area, category, subcategory, month`,
		params: [opts.uploadId]
	};
}

/** Moves the staged incidents into the store under an upload id, inside the caller's transaction. */
export function commitIncidentsSql(opts: { uploadId: number }): Query {
	const columns = Object.keys(INCIDENT_COLUMNS).filter((c) => c !== 'source_row');
	return {
		sql: `INSERT INTO incidents (${columns.join(', ')}, upload_id, source_row)
SELECT ${columns.join(', ')}, CAST(? AS INTEGER), source_row FROM ${STAGE_INCIDENTS}`,
		params: [opts.uploadId]
	};
}
