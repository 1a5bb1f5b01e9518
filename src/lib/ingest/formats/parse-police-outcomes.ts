import { POLICE_UK_FIRST_MONTH } from '../police/police-layout';
import type { OutcomeRow, ParseResult } from '../types';
import { openTable, type TableInput } from './open-table';
import { isMissing, parseNumber } from './parse-number';

/**
 * Reads a police.uk outcomes file; `No location` (any case) becomes a null location.
 * @example parsePoliceOutcomes({ text, fileName: '2024-02-city-of-london-outcomes.csv' }).rows[0].month // '2024-02-01'
 */
export function parsePoliceOutcomes(input: TableInput): ParseResult<OutcomeRow> {
	const table = openTable({ ...input, kind: 'police-outcomes' });
	const { header, records, issues, column, issue, today } = table;
	if (!table.ok) return { rows: [], issues };
	const at = {
		id: column('crimeid'),
		month: column('month'),
		reportedBy: column('reportedby'),
		fallsWithin: column('fallswithin'),
		longitude: column('longitude'),
		latitude: column('latitude'),
		location: column('location'),
		lsoaCode: column('lsoacode'),
		lsoaName: column('lsoaname'),
		outcome: column('outcometype')
	};
	const rows: OutcomeRow[] = [];
	for (const { line, cells } of records) {
		const get = (i: number): string | null =>
			isMissing({ text: cells[i] ?? '' }) ? null : (cells[i] ?? '').trim();
		const cellAt = (i: number) => ({
			line,
			column: header[i]?.trim() ?? null,
			value: cells[i] ?? ''
		});
		const [id, month, outcome] = [get(at.id), get(at.month) ?? '', get(at.outcome)];
		const fix = 'correct the cell; this row was not loaded';
		let bad = false;
		for (const [i, value] of [
			[at.id, id],
			[at.outcome, outcome]
		] as const) {
			if (value !== null) continue;
			issues.push(issue({ ...cellAt(i), rule: 'value-missing', expected: 'a value', action: fix }));
			bad = true;
		}
		if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
			const expected = 'YYYY-MM';
			issues.push(issue({ ...cellAt(at.month), rule: 'month-format', expected, action: fix }));
			bad = true;
		} else if (`${month}-01` > today) {
			const expected = `a month no later than ${today.slice(0, 7)}`;
			issues.push(issue({ ...cellAt(at.month), rule: 'month-future', expected, action: fix }));
			bad = true;
		} else if (month < POLICE_UK_FIRST_MONTH) {
			const expected = `a month from ${POLICE_UK_FIRST_MONTH} on (police.uk starts in December 2010)`;
			const rule = 'month-before-police-uk';
			issues.push(issue({ ...cellAt(at.month), rule, expected, action: fix }));
			bad = true;
		}
		if (bad || id === null || outcome === null) continue;
		const coordinate = (i: number): number | null => {
			const raw = get(i);
			const n = raw === null ? null : parseNumber({ text: raw });
			if (raw !== null && n === null) {
				const action = 'correct the cell; the coordinate was left empty';
				const expected = 'decimal degrees, e.g. -0.0819';
				issues.push(
					issue({
						...cellAt(i),
						rule: 'coordinate-format',
						severity: 'warning',
						expected,
						action
					})
				);
			}
			return n;
		};
		const location = get(at.location);
		rows.push({
			source: 'police-outcomes',
			crimeId: id,
			month: `${month}-01`,
			reportedBy: get(at.reportedBy),
			fallsWithin: get(at.fallsWithin),
			longitude: coordinate(at.longitude),
			latitude: coordinate(at.latitude),
			location: location === null || /^no location$/i.test(location) ? null : location,
			lsoaCode: get(at.lsoaCode),
			lsoaName: get(at.lsoaName),
			outcomeType: outcome,
			sourceRow: line
		});
	}
	return { rows, issues };
}
