import type { Query } from '../../db/connector';
import { INCIDENT_COLUMNS } from '../incidents-sql';
import { policeLineSql, trimmedStageSql } from './stage-police-street-sql';

/**
 * Stores the staged police.uk text rows as incidents under an upload id, typed on the way in,
 * inside the caller's transaction. Rows of the older layout keep their Easting/Northing and have
 * no longitude or latitude.
 * @example policeIncidentsSql({ uploadId: 7, gaps: false })
 */
export function policeIncidentsSql(opts: { uploadId: number; gaps: boolean }): Query {
	const typed: Record<keyof typeof INCIDENT_COLUMNS, string> = {
		source: `'police-street'`,
		area: 'area',
		category: 'category',
		month: `strptime(month_text, '%Y-%m')::DATE`,
		outcome: 'outcome',
		crime_id: 'crime_id',
		lsoa_code: 'lsoa_code',
		lsoa_name: 'lsoa_name',
		location: 'location',
		longitude: 'TRY_CAST(longitude_text AS DOUBLE)',
		latitude: 'TRY_CAST(latitude_text AS DOUBLE)',
		easting: 'TRY_CAST(easting_text AS DOUBLE)',
		northing: 'TRY_CAST(northing_text AS DOUBLE)',
		subcategory: 'NULL',
		source_row: policeLineSql(opts)
	};
	const columns = Object.keys(INCIDENT_COLUMNS).filter((c) => c !== 'source_row');
	return {
		sql: `INSERT INTO incidents (${columns.join(', ')}, upload_id, source_row)
SELECT ${columns.map((c) => typed[c as keyof typeof typed]).join(', ')}, CAST(? AS INTEGER), ${typed.source_row}
FROM ${trimmedStageSql()}`,
		params: [opts.uploadId]
	};
}
