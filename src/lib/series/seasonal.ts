import { financialYearStartOf, MONTH_NAMES, monthNumberOf, yearOf } from '../periods/month';
import { labelFinancialYear } from '../periods/label-period';
import type { MonthValue } from './month-value';

/** One year of a seasonal chart: 12 values in year order (April first for financial years). */
export interface SeasonalYear {
	label: string;
	/** Start year: the calendar year, or the year the financial year starts in. */
	startYear: number;
	values: (number | null)[];
	/** True when all 12 months have data. */
	complete: boolean;
}

/** Range and mean of the previous years in one position; all null when no previous year has data. */
export interface SeasonalBand {
	min: number | null;
	max: number | null;
	mean: number | null;
}

export interface Seasonal {
	monthLabels: string[];
	/** Every year the series touches, oldest first, the current (latest) one included. */
	years: SeasonalYear[];
	current: SeasonalYear | null;
	band: SeasonalBand[];
}

/**
 * Splits a series into years (financial April–March when yearStart is 4, calendar when 1) and
 * sums up the previous years per month, for a "this year against the usual range" chart.
 * @example seasonal({ series, yearStart: 4 }).years[0].label // '2021-22'
 */
export function seasonal({
	series,
	yearStart
}: {
	series: readonly MonthValue[];
	yearStart: 4 | 1;
}): Seasonal {
	const byYear = new Map<number, (number | null)[]>();
	for (const { month, value } of series) {
		const start = yearStart === 4 ? financialYearStartOf(month) : yearOf(month);
		const values = byYear.get(start) ?? Array<number | null>(12).fill(null);
		values[(monthNumberOf(month) - yearStart + 12) % 12] = value;
		byYear.set(start, values);
	}
	const years = [...byYear.entries()]
		.sort(([a], [b]) => a - b)
		.map(([startYear, values]) => ({
			label: yearStart === 4 ? labelFinancialYear(startYear) : String(startYear),
			startYear,
			values,
			complete: values.every((v) => v !== null)
		}));
	const previous = years.slice(0, -1);
	const band = Array.from({ length: 12 }, (_, i) => bandAt(previous.map((y) => y.values[i])));
	const monthLabels = Array.from({ length: 12 }, (_, i) =>
		(MONTH_NAMES[(i + yearStart - 1) % 12] ?? '').slice(0, 3)
	);
	return { monthLabels, years, current: years.at(-1) ?? null, band };
}

function bandAt(column: (number | null | undefined)[]): SeasonalBand {
	const values = column.filter((v): v is number => typeof v === 'number');
	if (values.length === 0) return { min: null, max: null, mean: null };
	const total = values.reduce((sum, v) => sum + v, 0);
	return { min: Math.min(...values), max: Math.max(...values), mean: total / values.length };
}
