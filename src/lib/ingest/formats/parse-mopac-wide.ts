import * as aq from 'arquero';
import type { MopacCountRow, ParseResult } from '../types';
import { checkCount } from './check-count';
import { mopacMonthColumns } from './mopac-month-columns';
import { openTable, type TableInput } from './open-table';
import { isMissing } from './parse-number';
import { titleCasePlace } from './title-case-place';

type Area = Omit<MopacCountRow, 'month' | 'count'>;

/**
 * Unpivots a MOPAC borough or ward table (one YYYYMM column per month) into monthly counts.
 * Ward tables get area `Borough / Ward`; empty cells are missing (a warning), not zero.
 * @example parseMopacWide({ text: 'MajorText,MinorText,BoroughName,201004\nTHEFT,SHOPLIFTING,Barnet,12', fileName: 'mps.csv' }).rows[0].month // '2010-04-01'
 */
export function parseMopacWide(input: TableInput): ParseResult<MopacCountRow> {
	const table = openTable({ ...input, kind: 'mopac-wide' });
	const { header, records, issues, column, issue, today } = table;
	if (!table.ok) return { rows: [], issues };
	const months = mopacMonthColumns({ header, fileName: input.fileName, today });
	issues.push(...months.issues);
	const at = { major: column('majortext'), minor: column('minortext') };
	const boroughAt = column('boroughname', 'lookup_boroughname');
	const [wardAt, wardCodeAt] = [column('wardname'), column('wardcode')];
	const areas: Area[] = [];
	const cells = new Map<string, string[]>([['area', []]]);
	for (const m of months.columns) cells.set(m.name, []);
	const seen = new Set<string>();
	for (const { line, cells: row } of records) {
		const get = (i: number): string | null =>
			i < 0 || isMissing({ text: row[i] ?? '' }) ? null : (row[i] ?? '').trim();
		const [major, minor, borough] = [get(at.major), get(at.minor), get(boroughAt)];
		if (major === null || minor === null || borough === null) {
			const column =
				major === null ? 'MajorText' : minor === null ? 'MinorText' : header[boroughAt];
			issues.push(
				issue({
					rule: 'value-missing',
					line,
					column: column ?? null,
					expected: 'a crime category and a borough on every row',
					action: 'fill in the cell; this row was not loaded'
				})
			);
			continue;
		}
		const ward = get(wardAt);
		const key = [major, minor, borough, ward].join('|').toUpperCase();
		if (seen.has(key)) {
			issues.push(
				issue({
					rule: 'row-duplicate',
					line,
					value: row.slice(0, 5).join(','),
					expected: 'one row per category and area',
					action: 'remove the repeated row; it was not loaded'
				})
			);
			continue;
		}
		seen.add(key);
		const place = titleCasePlace({ name: borough });
		const [majorText, minorText] = [major.toUpperCase(), minor.toUpperCase()];
		areas.push({
			source: 'mopac',
			area: ward ? `${place} / ${ward}` : place,
			category: `${majorText} / ${minorText}`,
			sourceRow: line,
			majorText,
			minorText,
			borough: place,
			ward,
			wardCode: get(wardCodeAt)
		});
		cells.get('area')?.push(String(areas.length - 1));
		for (const m of months.columns) cells.get(m.name)?.push(row[m.index] ?? '');
	}
	const names = months.columns.map((m) => m.name);
	if (names.length === 0) return { rows: [], issues };
	const long = aq.table(cells).fold(names, { as: ['yyyymm', 'raw'] });
	const [areaIds, keys, raws] = ['area', 'yyyymm', 'raw'].map((n) => long.array(n) as string[]);
	const monthOf = new Map(months.columns.map((m) => [m.name, m.month]));
	const rows: MopacCountRow[] = [];
	for (let r = 0; r < long.numRows(); r++) {
		const area = areas[Number(areaIds?.[r])];
		const [name, raw] = [keys?.[r] ?? '', raws?.[r] ?? ''];
		if (!area) continue;
		const result = checkCount({ text: raw });
		if ('count' in result) {
			// Written out: object spread here cost over a second on the 144k-cell historical table.
			const { source, area: place, category, sourceRow, majorText, minorText, borough } = area;
			const month = monthOf.get(name) ?? '';
			const { ward, wardCode } = area;
			rows.push({
				source,
				area: place,
				category,
				month,
				count: result.count,
				sourceRow,
				majorText,
				minorText,
				borough,
				ward,
				wardCode
			});
			continue;
		}
		const missing = result.problem === 'count-missing';
		issues.push(
			issue({
				rule: result.problem,
				severity: missing ? 'warning' : 'error',
				line: area.sourceRow,
				column: name,
				value: missing ? null : raw,
				expected: 'a whole number of 0 or more',
				action: missing
					? 'enter 0 if there were none; the empty cell was treated as missing, not zero'
					: 'correct the cell; it was not loaded'
			})
		);
	}
	return { rows, issues };
}
