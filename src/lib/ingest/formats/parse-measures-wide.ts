import { headerKey } from '../detect/header-key';
import type { MeasureRow, ParseResult } from '../types';
import { rowRepeatChecker } from '../validation/row-repeat-checker';
import { buildMeasureRow, type MeasureCells } from './build-measure-row';
import { missingMeasureColumns, type MeasureTableInput } from './measure-defaults';
import { openTable } from './open-table';
import { parseReportPeriod } from './parse-report-period';
import { periodPreference } from './period-preference';

/**
 * Reads partner measures in the wide layout `area,measure[,unit,target,direction],<period>,<period>…`;
 * each non-empty period cell becomes one MeasureRow.
 * @example parseMeasuresWide({ text: 'area,measure,unit,direction,2017-Q1,2017-Q2\nCity,ASB,count,down,12,9', fileName: 'w.csv' }).rows.length // 2
 */
export function parseMeasuresWide(input: MeasureTableInput): ParseResult<MeasureRow> {
	const table = openTable({ ...input, kind: 'measures-wide' });
	const { header, records, issues, column, issue, today } = table;
	if (!table.ok) return { rows: [], issues };
	const defaults = input.defaults ?? {};
	const at = {
		area: column('area'),
		measure: column('measure'),
		unit: column('unit'),
		target: column('target'),
		direction: column('direction')
	};
	const has = { unit: at.unit >= 0, direction: at.direction >= 0 };
	const missing = missingMeasureColumns({ has, defaults, issue });
	if (missing.length > 0) return { rows: [], issues: [...missing, ...issues] };
	const fixed = new Set(Object.values(at));
	const periods = header
		.map((cell, index) => ({ label: cell.trim(), index }))
		.filter(
			({ label, index }) =>
				!fixed.has(index) && parseReportPeriod({ text: headerKey({ cell: label }) }) !== null
		);
	const prefer = periodPreference({ labels: periods.map((p) => p.label) });
	const name = (i: number, fallback: string) =>
		i < 0 ? fallback : (header[i]?.trim() ?? fallback);
	const rows: MeasureRow[] = [];
	const repeat = rowRepeatChecker({
		issue,
		expected: 'one row per area and measure',
		action: 'merge the two rows; this one was not loaded'
	});
	for (const { line, cells: raw } of records) {
		const get = (i: number, fallback = ''): string => (i < 0 ? fallback : (raw[i] ?? ''));
		const key = `${get(at.area).trim()}|${get(at.measure).trim()}`.toLowerCase();
		const repeated = repeat({ key, line, value: raw.slice(0, 2).join(',') });
		if (repeated) {
			issues.push(repeated);
			continue;
		}
		for (const period of periods) {
			const cells: MeasureCells = {
				period: period.label,
				area: get(at.area),
				measure: get(at.measure),
				value: get(period.index),
				unit: get(at.unit, defaults.unit),
				target: get(at.target),
				direction: get(at.direction, defaults.direction)
			};
			const columns = {
				period: period.label,
				value: period.label,
				area: name(at.area, 'area'),
				measure: name(at.measure, 'measure'),
				unit: name(at.unit, 'unit'),
				target: name(at.target, 'target'),
				direction: name(at.direction, 'direction')
			};
			const built = buildMeasureRow({ cells, context: { line, columns, today, prefer, issue } });
			issues.push(...built.issues);
			if (built.row) rows.push(built.row);
		}
	}
	return { rows, issues };
}
