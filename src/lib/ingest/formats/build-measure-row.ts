import type { MeasureRow, ValidationIssue } from '../types';
import { cellFlagger } from '../validation/cell-flagger';
import type { IssueMaker } from '../validation/issue-maker';
import { isMissing, parseNumber } from './parse-number';
import { parseReportPeriod } from './parse-report-period';

/** The raw cells of one measure value, from either layout. */
export interface MeasureCells {
	period: string;
	area: string;
	measure: string;
	value: string;
	unit: string;
	target: string;
	direction: string;
}

/** Where the cells came from and how to judge them. */
export interface MeasureContext {
	line: number;
	/** Column name of each cell, for messages. */
	columns: Record<keyof MeasureCells, string>;
	today: string;
	prefer: 'month' | 'financial-year' | null;
	issue: IssueMaker;
}

const UNITS: Record<string, MeasureRow['unit']> = {
	count: 'count',
	percent: 'percent',
	'%': 'percent',
	rate: 'rate'
};
const PERIODS = 'a period such as 2017-06 (month), 2017-Q2 (quarter) or 2017/18 (financial year)';

/**
 * Checks one measure value; returns the row, or null with the reasons among the issues.
 * @example buildMeasureRow({ cells, context }).row?.periodStart // '2017-04-01'
 */
export function buildMeasureRow({
	cells,
	context
}: {
	cells: MeasureCells;
	context: MeasureContext;
}): {
	row: MeasureRow | null;
	issues: ValidationIssue[];
} {
	const { line, columns, issue } = context;
	const issues: ValidationIssue[] = [];
	const flag = cellFlagger({
		issues,
		issue,
		line,
		cell: (key: keyof MeasureCells) => ({ column: columns[key], value: cells[key] })
	});
	const fix = 'correct the cell; this value was not loaded';
	if (isMissing({ text: cells.value })) {
		const action = 'nothing to do if there is no figure for this period; it was skipped';
		flag('value', 'value-missing', 'a number', action, 'warning');
		return { row: null, issues };
	}
	for (const key of ['area', 'measure'] as const) {
		if (cells[key].trim() === '') flag(key, 'value-missing', `a ${key} name`, fix);
	}
	const period = parseReportPeriod({
		text: cells.period,
		prefer: context.prefer ?? 'financial-year'
	});
	if (!period) {
		flag(
			'period',
			'period-format',
			PERIODS,
			`${fix}; if Excel turned it into a date, format the column as Text`
		);
	} else if (period.start > context.today) {
		flag(
			'period',
			'period-future',
			`a period starting no later than ${context.today.slice(0, 7)}`,
			fix
		);
	} else if (period.ambiguous && context.prefer === null) {
		const read = period.kind === 'month' ? 'a month' : 'the financial year';
		flag(
			'period',
			'period-ambiguous',
			'a label that is either a month or a financial year',
			`check it; it was read as ${read} — write 2011/12 for a financial year`,
			'warning'
		);
	}
	const value = parseNumber({ text: cells.value });
	if (value === null) flag('value', 'value-format', 'a number, e.g. 80 or 12.5', fix);
	const unit = UNITS[cells.unit.trim().toLowerCase()];
	if (!unit) flag('unit', 'unit-unknown', 'count, percent or rate', fix);
	const direction = cells.direction.trim().toLowerCase();
	if (direction !== 'up' && direction !== 'down') {
		flag('direction', 'direction-unknown', 'up (higher is better) or down (lower is better)', fix);
	}
	if (unit === 'count' && value !== null && value < 0)
		flag('value', 'count-negative', 'a count of 0 or more', fix);
	if (unit === 'percent' && value !== null && (value < 0 || value > 100)) {
		flag(
			'value',
			'percent-range',
			'a percentage from 0 to 100',
			'check the value; it was loaded as given',
			'warning'
		);
	}
	let target: number | null = null;
	if (!isMissing({ text: cells.target })) {
		target = parseNumber({ text: cells.target });
		if (target === null)
			flag(
				'target',
				'target-format',
				'a number or an empty cell',
				'correct the cell; the target was left empty',
				'warning'
			);
	}
	if (issues.some((i) => i.severity === 'error') || !period || value === null || !unit)
		return { row: null, issues };
	const row: MeasureRow = {
		source: 'measures',
		area: cells.area.trim(),
		measure: cells.measure.trim(),
		period: cells.period.trim(),
		periodStart: period.start,
		periodEnd: period.end,
		value,
		unit,
		target,
		direction: direction === 'up' ? 'up' : 'down',
		sourceRow: line
	};
	return { row, issues };
}
