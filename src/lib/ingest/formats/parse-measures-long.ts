import type { MeasureRow, ParseResult } from '../types';
import { rowRepeatChecker } from '../validation/row-repeat-checker';
import { buildMeasureRow, type MeasureCells } from './build-measure-row';
import { missingMeasureColumns, type MeasureTableInput } from './measure-defaults';
import { openTable } from './open-table';
import { periodPreference } from './period-preference';

const FIELDS = ['period', 'area', 'measure', 'value', 'unit', 'target', 'direction'] as const;

/**
 * Reads partner measures in the long layout `period,area,measure,value,unit,target,direction`
 * (column names in any case; target optional; unit and direction may come from `defaults`).
 * @example parseMeasuresLong({ text: 'period,area,measure,value,unit,target,direction\n2017/18,City,On time,80,percent,60,up', fileName: 'p.csv' }).rows[0].periodEnd // '2018-03-01'
 */
export function parseMeasuresLong(input: MeasureTableInput): ParseResult<MeasureRow> {
	const table = openTable({ ...input, kind: 'measures-long' });
	const { header, records, issues, column, issue, today } = table;
	if (!table.ok) return { rows: [], issues };
	const defaults = input.defaults ?? {};
	const at = Object.fromEntries(FIELDS.map((f) => [f, column(f)])) as Record<
		keyof MeasureCells,
		number
	>;
	const missing = missingMeasureColumns({
		has: { unit: at.unit >= 0, direction: at.direction >= 0 },
		defaults,
		issue
	});
	if (missing.length > 0) return { rows: [], issues: [...missing, ...issues] };
	const columns = Object.fromEntries(FIELDS.map((f) => [f, header[at[f]]?.trim() ?? f])) as Record<
		keyof MeasureCells,
		string
	>;
	const prefer = periodPreference({ labels: records.map((r) => r.cells[at.period] ?? '') });
	const fallback: Record<keyof MeasureCells, string> = {
		period: '',
		area: '',
		measure: '',
		value: '',
		target: '',
		unit: defaults.unit ?? '',
		direction: defaults.direction ?? ''
	};
	const rows: MeasureRow[] = [];
	const repeat = rowRepeatChecker({
		issue,
		expected: 'one value per period, area and measure',
		action: 'remove or correct the repeat; it was not loaded'
	});
	for (const { line, cells: raw } of records) {
		const cells: MeasureCells = { ...fallback };
		for (const f of FIELDS) if (at[f] >= 0) cells[f] = raw[at[f]] ?? '';
		const built = buildMeasureRow({ cells, context: { line, columns, today, prefer, issue } });
		issues.push(...built.issues);
		if (!built.row) continue;
		const key = [built.row.periodStart, built.row.periodEnd, built.row.area, built.row.measure]
			.join('|')
			.toLowerCase();
		const repeated = repeat({ key, line, value: raw.join(',') });
		if (repeated) issues.push(repeated);
		else rows.push(built.row);
	}
	return { rows, issues };
}
