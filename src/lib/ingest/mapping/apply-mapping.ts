import { headerKey } from '../detect/header-key';
import { checkCount } from '../formats/check-count';
import { mixedDateFormats } from '../formats/mixed-date-formats';
import { todayIso } from '../formats/open-table';
import { parseDayDate, type ParsedDay } from '../formats/parse-day-date';
import { parseReportPeriod } from '../formats/parse-report-period';
import { readCsvRecords } from '../text/read-csv-records';
import type { CountRow, ParseResult } from '../types';
import { issueMaker } from '../validation/issue-maker';
import { mappingSource, type ColumnMapping } from './column-mapping';

const FIX = 'correct the cell; this row was not loaded';

/** Category or area text used for an empty cell, so the row is still counted. */
export const NOT_RECORDED = 'Not recorded';

/**
 * Reads monthly counts from any CSV with a column mapping: each row's day or month, its category
 * (the chosen columns joined with ' / ') and its count (a column, or 1 per row), added up per
 * area, category and month. Rows that cannot be read become issues, never silent drops.
 * @example applyMapping({ text: 'Date,Type\n2024-01-05,Theft', fileName: 'v.csv', mapping }).rows[0] // { month: '2024-01-01', category: 'Theft', count: 1, … }
 */
export function applyMapping({
	text,
	fileName,
	mapping,
	today = todayIso()
}: {
	text: string;
	fileName: string;
	mapping: ColumnMapping;
	today?: string;
}): ParseResult<CountRow> {
	const { header, records, issues } = readCsvRecords({ text, fileName });
	if (header.length === 0) return { rows: [], issues };
	const issue = issueMaker({ file: fileName });
	const keys = header.map((cell) => headerKey({ cell }));
	const find = (name: string) => keys.indexOf(headerKey({ cell: name }));
	const wanted = [
		mapping.date,
		...mapping.categories,
		...(mapping.value === 'count-rows' ? [] : [mapping.value.column]),
		...('column' in mapping.area ? [mapping.area.column] : [])
	];
	const missing = wanted.filter((name) => find(name) < 0);
	if (missing.length > 0) {
		const found = header.map((h) => h.trim()).join(', ');
		const missingIssues = missing.map((column) =>
			issue({
				rule: 'header-missing',
				line: 1,
				column,
				expected: `a column named '${column}', as in the mapping '${mapping.name}' (the file has ${found})`,
				action: 'choose the columns again in the column-mapping step, or rename the column'
			})
		);
		return { rows: [], issues: [...missingIssues, ...issues] };
	}
	const at = { date: find(mapping.date), categories: mapping.categories.map(find) };
	const valueAt = mapping.value === 'count-rows' ? -1 : find(mapping.value.column);
	const areaAt = 'column' in mapping.area ? find(mapping.area.column) : -1;
	const fixedArea = 'fixed' in mapping.area ? mapping.area.fixed.trim() : NOT_RECORDED;
	const name = (i: number) => header[i]?.trim() ?? '';
	const source = mappingSource({ mapping });
	const totals = new Map<string, CountRow>();
	const firstOfFormat = new Map<ParsedDay['format'] | 'month', { line: number; value: string }>();
	for (const { line, cells } of records) {
		const cell = (i: number) => (cells[i] ?? '').trim();
		const fail = (i: number, rule: string, expected: string, severity?: 'warning') => {
			const action = severity ? 'nothing to do if it is empty; the row was skipped' : FIX;
			const value = cells[i] ?? '';
			issues.push(issue({ rule, line, column: name(i), value, expected, action, severity }));
		};
		const raw = cell(at.date);
		const day = parseDayDate({ text: raw });
		const period = day ? null : parseReportPeriod({ text: raw, prefer: 'month' });
		const month = day
			? `${day.date.slice(0, 7)}-01`
			: period?.kind === 'month'
				? period.start
				: null;
		if (month === null) {
			fail(
				at.date,
				'date-format',
				'a day such as 2024-01-05 or 05/01/2024, or a month such as 2024-01'
			);
			continue;
		}
		if (!firstOfFormat.has(day?.format ?? 'month'))
			firstOfFormat.set(day?.format ?? 'month', { line, value: raw });
		if ((day?.date ?? month) > today) {
			const expected = day
				? `a date no later than ${today}`
				: `a month no later than ${today.slice(0, 7)}`;
			fail(at.date, day ? 'date-future' : 'month-future', expected);
			continue;
		}
		let count = 1;
		if (valueAt >= 0) {
			const result = checkCount({ text: cells[valueAt] ?? '' });
			if (!('count' in result)) {
				const missingCount = result.problem === 'count-missing';
				fail(
					valueAt,
					result.problem,
					'a whole number of 0 or more',
					missingCount ? 'warning' : undefined
				);
				continue;
			}
			count = result.count;
		}
		for (const i of [...at.categories, areaAt]) {
			if (i < 0 || cell(i) !== '') continue;
			const action = `nothing to do; the row was counted under '${NOT_RECORDED}'`;
			const expected = 'a value on every row';
			issues.push(
				issue({
					rule: 'value-missing',
					severity: 'warning',
					line,
					column: name(i),
					expected,
					action
				})
			);
		}
		const parts = at.categories.map((i) => cell(i) || NOT_RECORDED);
		const area = areaAt >= 0 ? cell(areaAt) || NOT_RECORDED : fixedArea;
		const category = parts.join(' / ');
		const key = `${area}\u0000${category}\u0000${month}`;
		const row = totals.get(key);
		if (row) row.count += count;
		else totals.set(key, { source, area, category, month, count, sourceRow: line });
	}
	issues.push(...mixedDateFormats({ firstOfFormat, issue, column: name(at.date) }));
	return { rows: [...totals.values()], issues };
}
