import type { LfbIncidentRow, ValidationIssue } from '../ingest/types';
import { issueMaker } from '../ingest/validation/issue-maker';
import type { IncidentRecord } from './incidents-sql';

/** Area of LFB incidents whose row names no borough. */
export const LFB_UNKNOWN_BOROUGH = 'Unknown';

/**
 * London Fire Brigade incidents as store incidents: source `lfb`, area the borough in place-name
 * case, category the IncidentGroup, subcategory its kind (Primary Fire, RTC…), IncidentNumber as the record id, the ward as location and the
 * grid reference as easting/northing. A row with no borough is kept under `Unknown`, with a warning.
 * @example lfbIncidents({ rows, fileName: 'lfb.csv' }).records[0].area // 'City of London'
 */
export function lfbIncidents(opts: { rows: LfbIncidentRow[]; fileName: string }): {
	records: IncidentRecord[];
	issues: ValidationIssue[];
} {
	const issue = issueMaker({ file: opts.fileName });
	const issues: ValidationIssue[] = [];
	const records = opts.rows.map((r): IncidentRecord => {
		if (r.borough === null) {
			issues.push(
				issue({
					rule: 'value-missing',
					severity: 'warning',
					line: r.sourceRow,
					column: 'IncGeo_BoroughName',
					expected: 'the borough of the incident',
					action: `nothing to do; the incident was stored under the area '${LFB_UNKNOWN_BOROUGH}'`
				})
			);
		}
		return {
			source: 'lfb',
			area: r.borough ?? LFB_UNKNOWN_BOROUGH,
			category: r.incidentGroup,
			month: r.month,
			outcome: null,
			crime_id: r.incidentNumber,
			lsoa_code: null,
			lsoa_name: null,
			location: r.ward,
			longitude: null,
			latitude: null,
			easting: r.easting,
			northing: r.northing,
			subcategory: r.kind,
			source_row: r.sourceRow
		};
	});
	return { records, issues };
}
