import type { Query } from '../../db/connector';
import { STAGE_INCIDENTS } from '../../store/incidents-sql';
import { policeLineSql, STAGE_TABLE } from './stage-police-street-sql';

/**
 * Types the staged police.uk text rows into the incidents layout (upload id still unset). Rows of
 * the older layout keep their Easting/Northing and have no longitude or latitude.
 * @example policeIncidentsSql({ gaps: false })
 */
export function policeIncidentsSql(opts: { gaps: boolean }): Query {
	return {
		sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_INCIDENTS} AS
SELECT 'police-street' AS source, area, category, strptime(month_text, '%Y-%m')::DATE AS month,
	outcome, crime_id, lsoa_code, lsoa_name, location,
	TRY_CAST(longitude_text AS DOUBLE) AS longitude, TRY_CAST(latitude_text AS DOUBLE) AS latitude,
	TRY_CAST(easting_text AS DOUBLE) AS easting, TRY_CAST(northing_text AS DOUBLE) AS northing,
	${policeLineSql(opts)} AS source_row
FROM ${STAGE_TABLE} s`
	};
}
