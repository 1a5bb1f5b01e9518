import { headerKey } from '../detect/header-key';
import type { MeasureRow, ParseResult } from '../types';
import { issueMaker } from '../validation/issue-maker';
import { buildMeasureRow, type MeasureCells } from './build-measure-row';
import { missingMeasureColumns, type MeasureDefaults } from './measure-defaults';
import { openTable, todayIso } from './open-table';
import { parseReportPeriod } from './parse-report-period';
import { periodPreference } from './period-preference';

/**
 * Reads partner measures in the wide layout `area,measure[,unit,target,direction],<period>,<period>…`;
 * each non-empty period cell becomes one MeasureRow.
 * @example parseMeasuresWide({ text: 'area,measure,unit,direction,2017-Q1,2017-Q2\nCity,ASB,count,down,12,9', fileName: 'w.csv' }).rows.length // 2
 */
export function parseMeasuresWide({
	text,
	fileName,
	today = todayIso(),
	defaults = {}
}: {
	text: string;
	fileName: string;
	today?: string;
	defaults?: MeasureDefaults;
}): ParseResult<MeasureRow> {
	const { header, records, issues, ok, column } = openTable({
		text,
		fileName,
		kind: 'measures-wide'
	});
	if (!ok) return { rows: [], issues };
	const issue = issueMaker({ file: fileName });
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
	const seen = new Map<string, number>();
	for (const { line, cells: raw } of records) {
		const get = (i: number, fallback = ''): string => (i < 0 ? fallback : (raw[i] ?? ''));
		const key = `${get(at.area).trim()}|${get(at.measure).trim()}`.toLowerCase();
		const first = seen.get(key);
		if (first !== undefined) {
			issues.push(
				issue({
					rule: 'row-duplicate',
					line,
					value: raw.slice(0, 2).join(','),
					expected: `one row per area and measure (first on line ${first})`,
					action: 'merge the two rows; this one was not loaded'
				})
			);
			continue;
		}
		seen.set(key, line);
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
