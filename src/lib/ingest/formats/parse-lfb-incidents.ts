import type { LfbIncidentRow, ParseResult } from '../types';
import { cellFlagger } from '../validation/cell-flagger';
import { mixedDateFormats } from './mixed-date-formats';
import { openTable, type TableInput } from './open-table';
import { parseDayDate, type ParsedDay } from './parse-day-date';
import { isMissing, parseNumber } from './parse-number';
import { titleCasePlace } from './title-case-place';

const GROUPS = new Map<string, LfbIncidentRow['incidentGroup']>(
	(['Fire', 'Special Service', 'False Alarm'] as const).map((g) => [g.toLowerCase(), g])
);

/**
 * The incident's main kind within its group: the SpecialServiceType of a Special Service (else its
 * stop code, when that says more than "Special Service"), the StopCodeDescription of a Fire or a
 * False Alarm; null when the file records none.
 * @example incidentKind({ group: 'Special Service', stopCode: 'Special Service', specialServiceType: 'RTC' }) // 'RTC'
 */
export function incidentKind(opts: {
	group: LfbIncidentRow['incidentGroup'];
	stopCode: string | null;
	specialServiceType: string | null;
}): string | null {
	const { group, stopCode, specialServiceType } = opts;
	if (group !== 'Special Service') return stopCode;
	if (specialServiceType !== null) return specialServiceType;
	return stopCode !== null && stopCode.toLowerCase() !== 'special service' ? stopCode : null;
}

/**
 * Normalises London Fire Brigade incident rows: any of the three date styles, boroughs in place-name case,
 * `NULL` and empty as null (a blank kind is allowed), exact coordinates preferred to rounded ones.
 * @example parseLfbIncidents({ text, fileName: 'lfb.csv' }).rows[0].borough // 'City of London'
 */
export function parseLfbIncidents(input: TableInput): ParseResult<LfbIncidentRow> {
	const table = openTable({ ...input, kind: 'lfb-incidents' });
	const { header, records, issues, column, issue, today } = table;
	if (!table.ok) return { rows: [], issues };
	const at = {
		id: column('incidentnumber'),
		date: column('dateofcall'),
		group: column('incidentgroup'),
		stop: column('stopcodedescription'),
		special: column('specialservicetype'),
		property: column('propertycategory'),
		borough: [column('incgeo_boroughname'), column('propercase')],
		ward: [column('incgeo_wardname'), column('incgeo_wardnamenew')],
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
		const fail = cellFlagger({
			issues,
			issue,
			line,
			cell: (i: number) => ({ column: name(i), value: cells[i] ?? '' })
		});
		const id = get(at.id);
		if (id === null) {
			fail(
				at.id,
				'value-missing',
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
			fail(at.date, 'date-future', expected, 'correct the date; this row was not loaded');
			continue;
		}
		const group = GROUPS.get((get(at.group) ?? '').toLowerCase());
		if (!group) {
			const expected = 'Fire, Special Service or False Alarm';
			fail(
				at.group,
				'incident-group-unknown',
				expected,
				'correct the cell; this row was not loaded'
			);
			continue;
		}
		if (seen.has(id)) {
			fail(at.id, 'row-duplicate', 'each incident once', 'remove the repeat; it was not loaded');
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
				fail(i, 'coordinate-format', 'a number of metres, e.g. 521277.0', action, 'warning');
			}
			return null;
		};
		const first = (cols: number[]): string | null => cols.map(get).find((v) => v !== null) ?? null;
		const [borough, ward] = [first(at.borough), first(at.ward)];
		const [stopCode, specialServiceType] = [get(at.stop), get(at.special)];
		rows.push({
			source: 'lfb',
			incidentNumber: id,
			date: day.date,
			month: `${day.date.slice(0, 7)}-01`,
			incidentGroup: group,
			stopCode,
			specialServiceType,
			kind: incidentKind({ group, stopCode, specialServiceType }),
			propertyCategory: get(at.property),
			borough: borough === null ? null : titleCasePlace({ name: borough }),
			ward: ward === null ? null : titleCasePlace({ name: ward }),
			easting: coordinate(at.easting),
			northing: coordinate(at.northing),
			sourceRow: line
		});
	}
	issues.push(...mixedDateFormats({ firstOfFormat, issue, column: name(at.date) }));
	return { rows, issues };
}
