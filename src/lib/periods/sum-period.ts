import type { Period } from './period';
import { periodMonths } from './resolve-period';

/** Monthly values keyed by `YYYY-MM`; a month with data but no incidents should hold 0, not be absent. */
export type MonthlySeries = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/** The total of a series over a period, and which of its months have no data. */
export interface PeriodTotal {
	total: number;
	/** Months of the period absent from the series, oldest first. */
	missing: string[];
	/** True when every month of the period has data. */
	complete: boolean;
}

function valueAt(series: MonthlySeries, month: string): number | undefined {
	if (series instanceof Map) return series.get(month);
	const record = series as Readonly<Record<string, number>>;
	return Object.hasOwn(record, month) ? record[month] : undefined;
}

/**
 * Adds a monthly series over a period; missing months add nothing and are listed, so a part-filled
 * period is never silently compared with a full one.
 * @example sumPeriod({ series: { '2021-04': 3, '2021-05': 4 }, period: { kind: 'fy-quarter', startYear: 2021, quarter: 1 } }) // { total: 7, missing: ['2021-06'], complete: false }
 */
export function sumPeriod({
	series,
	period
}: {
	series: MonthlySeries;
	period: Period;
}): PeriodTotal {
	let total = 0;
	const missing: string[] = [];
	for (const month of periodMonths(period)) {
		const value = valueAt(series, month);
		if (value === undefined) missing.push(month);
		else total += value;
	}
	return { total, missing, complete: missing.length === 0 };
}
