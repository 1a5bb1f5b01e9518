import type { OutcomeRow, ValidationIssue } from '../ingest/types';
import { issueMaker } from '../ingest/validation/issue-maker';
import type { IncidentRecord } from './incidents-sql';

/**
 * police.uk outcome rows as incidents: source `police-outcomes`, area the force (Falls within, else
 * Reported by), category the Outcome type, Crime ID kept; a row with no force is an error.
 * @example outcomeIncidents({ rows, fileName: '2024-02-city-of-london-outcomes.csv' }).records[0].category // 'Suspect charged'
 */
export function outcomeIncidents(opts: { rows: OutcomeRow[]; fileName: string }): {
	records: IncidentRecord[];
	issues: ValidationIssue[];
} {
	const issue = issueMaker({ file: opts.fileName });
	const records: IncidentRecord[] = [];
	const issues: ValidationIssue[] = [];
	for (const r of opts.rows) {
		const area = r.fallsWithin ?? r.reportedBy;
		if (area === null) {
			issues.push(
				issue({
					rule: 'value-missing',
					line: r.sourceRow,
					column: 'Falls within',
					expected: 'the force the crime falls within, e.g. City of London Police',
					action:
						'fill in Falls within, or download the file again from police.uk; this row was not loaded'
				})
			);
			continue;
		}
		records.push({
			source: 'police-outcomes',
			area,
			category: r.outcomeType,
			month: r.month,
			outcome: null,
			crime_id: r.crimeId,
			lsoa_code: r.lsoaCode,
			lsoa_name: r.lsoaName,
			location: r.location,
			longitude: r.longitude,
			latitude: r.latitude,
			easting: null,
			northing: null,
			subcategory: null,
			source_row: r.sourceRow
		});
	}
	return { records, issues };
}
