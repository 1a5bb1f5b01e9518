import type { LfbIncidentRow, ParseResult, ValidationIssue } from '../types';
import { issueMaker } from '../validation/issueMaker';
import { openTable, todayIso } from './openTable';
import { parseDayDate, type ParsedDay } from './parseDayDate';
import { isMissing, parseNumber } from './parseNumber';
import { titleCasePlace } from './titleCasePlace';

const GROUPS = new Map<string, LfbIncidentRow['incidentGroup']>(
	(['Fire', 'Special Service', 'False Alarm'] as const).map((g) => [g.toLowerCase(), g])
);

/**
 * Normalises London Fire Brigade incident rows: any of the three date styles, boroughs in place-name case,
 * `NULL` and empty as null, exact coordinates preferred to rounded ones.
 * @example parseLfbIncidents({ text, fileName: 'lfb.csv' }).rows[0].borough // 'City of London'
 */
export function parseLfbIncidents({
	text,
	fileName,
	today = todayIso()
}: {
	text: string;
	fileName: string;
	today?: string;
}): ParseResult<LfbIncidentRow> {
	const { header, records, issues, ok, column } = openTable({
		text,
		fileName,
		kind: 'lfb-incidents'
	});
	if (!ok) return { rows: [], issues };
	const issue = issueMaker({ file: fileName });
	const at = {
		id: column('incidentnumber'),
		date: column('dateofcall'),
		group: column('incidentgroup'),
		stop: column('stopcodedescription'),
		property: column('propertycategory'),
		borough: column('incgeo_boroughname', 'propercase'),
		ward: column('incgeo_wardname', 'incgeo_wardnamenew'),
		easting: [column('easting_m'), column('easting_rounded')],
		northing: [column('northing_m'), column('northing_rounded')]
	};
	const name = (i: number): string => header[i]?.trim() ?? '';
	const rows: LfbIncidentRow[] = [];
	const seen = new Set<string>();
	const firstOfFormat = new Map<ParsedDay['format'], { line: number; value: string }>();
	for (const { line, cells } of records) {
		const get = (i: number): string | null =>
			i < 0 || isMissing({ text: cells[i] ?? '' }) ? null : (cells[i] ?? '').trim();
		const fail = (
			i: number,
			rule: string,
			expected: string,
			action: string,
			severity?: 'warning'
		) =>
			issues.push(
				issue({ rule, line, column: name(i), value: cells[i] ?? '', expected, action, severity })
			);
		const id = get(at.id);
		if (id === null) {
			fail(
				at.id,
				'missing-value',
				'an incident number',
				'fill in the cell; this row was not loaded'
			);
			continue;
		}
		const rawDate = cells[at.date] ?? '';
		const day = parseDayDate({ text: rawDate });
		if (!day) {
			const expected = 'a date as 2023-01-05, 05 Jan 2023 or 05/01/2023 (day first)';
			fail(at.date, 'date-format', expected, 'correct the date; this row was not loaded');
			continue;
		}
		if (!firstOfFormat.has(day.format)) firstOfFormat.set(day.format, { line, value: rawDate });
		if (day.date > today) {
			const expected = `a date no later than ${today}`;
			fail(at.date, 'date-in-future', expected, 'correct the date; this row was not loaded');
			continue;
		}
		const group = GROUPS.get((get(at.group) ?? '').toLowerCase());
		if (!group) {
			const expected = 'Fire, Special Service or False Alarm';
			fail(at.group, 'incident-group', expected, 'correct the cell; this row was not loaded');
			continue;
		}
		if (seen.has(id)) {
			fail(at.id, 'duplicate-row', 'each incident once', 'remove the repeat; it was not loaded');
			continue;
		}
		seen.add(id);
		const coordinate = ([exact, rounded]: number[]): number | null => {
			for (const i of [exact ?? -1, rounded ?? -1]) {
				const raw = get(i);
				if (raw === null) continue;
				const n = parseNumber({ text: raw });
				if (n !== null) return n;
				const action = 'correct the cell; the coordinate was left empty';
				fail(i, 'coordinate-not-number', 'a number of metres, e.g. 521277.0', action, 'warning');
			}
			return null;
		};
		const [borough, ward] = [get(at.borough), get(at.ward)];
		rows.push({
			source: 'lfb',
			incidentNumber: id,
			date: day.date,
			month: `${day.date.slice(0, 7)}-01`,
			incidentGroup: group,
			stopCode: get(at.stop),
			propertyCategory: get(at.property),
			borough: borough === null ? null : titleCasePlace({ name: borough }),
			ward: ward === null ? null : titleCasePlace({ name: ward }),
			easting: coordinate(at.easting),
			northing: coordinate(at.northing),
			sourceRow: line
		});
	}
	issues.push(...mixedFormats({ firstOfFormat, issue, column: name(at.date) }));
	return { rows, issues };
}

function mixedFormats({
	firstOfFormat,
	issue,
	column
}: {
	firstOfFormat: Map<string, { line: number; value: string }>;
	issue: ReturnType<typeof issueMaker>;
	column: string;
}): ValidationIssue[] {
	const [first, ...others] = [...firstOfFormat.values()];
	if (!first) return [];
	return others.map((other) =>
		issue({
			rule: 'mixed-date-formats',
			severity: 'warning',
			line: other.line,
			column,
			value: other.value,
			expected: `one date format throughout, like line ${first.line}: '${first.value}'`,
			action:
				'check these rows; slashed dates were read day first (dd/mm/yyyy), so a month-first export would be wrong'
		})
	);
}
