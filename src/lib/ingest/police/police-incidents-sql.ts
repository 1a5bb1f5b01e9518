import type { Query } from '../../db/connector';
import { STAGE_TABLE } from './stage-police-street-sql';

export const STAGE_INCIDENTS = 'stage_incidents';

/** Types the staged police.uk text rows into the incidents layout (upload id still unset). */
export function policeIncidentsSql(): Query {
	return {
		sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_INCIDENTS} AS
SELECT 'police-street' AS source, area, category, strptime(month_text, '%Y-%m')::DATE AS month,
	outcome, crime_id, lsoa_code, lsoa_name, location,
	TRY_CAST(longitude_text AS DOUBLE) AS longitude, TRY_CAST(latitude_text AS DOUBLE) AS latitude,
	(rowid + 2)::INTEGER AS source_row
FROM ${STAGE_TABLE}`
	};
}

/** Moves the staged incidents into the store under an upload id, inside the caller's transaction. */
export function commitIncidentsSql(opts: { uploadId: number }): Query {
	return {
		sql: `INSERT INTO incidents
SELECT source, area, category, month, outcome, crime_id, lsoa_code, lsoa_name, location,
	longitude, latitude, CAST(? AS INTEGER), source_row FROM ${STAGE_INCIDENTS}`,
		params: [opts.uploadId]
	};
}
