import type { ComparisonRow } from '../compare/comparison';
import { sumCounts, type CountIndex } from '../compare/count-index';
import type { MeasureValueRow } from '../db/sql/measure-values-sql';
import { addMonths, listMonths } from '../periods/month';
import type { MonthValue } from '../series/month-value';

/** Sparklines span this many months, ending at the period's last month. */
export const SPARK_MONTHS = 24;

/** The months of a sparkline ending at a month. @example sparkRange({ end: '2022-03' }) // { start: '2020-04', end: '2022-03' } */
export function sparkRange(opts: { end: string }): { start: string; end: string } {
	return { start: addMonths(opts.end, 1 - SPARK_MONTHS), end: opts.end };
}

/**
 * Each row's monthly figure (the sum of its member categories) over a sparkline's months: null
 * for a month the series has no data for, 0 for a covered month without rows.
 * @example countSparks({ index, key, covered, rows, end: '2022-03' })['All crime'][0] // { month: '2020-04', value: 312 }
 */
export function countSparks(opts: {
	index: CountIndex;
	key: string;
	covered: readonly string[];
	rows: readonly Pick<ComparisonRow, 'key' | 'members'>[];
	end: string;
}): Record<string, MonthValue[]> {
	const covered = new Set(opts.covered);
	const months = listMonths(sparkRange(opts));
	return Object.fromEntries(
		opts.rows.map((r) => [
			r.key,
			months.map((month) => ({
				month,
				value: covered.has(month)
					? sumCounts({ index: opts.index, key: opts.key, categories: r.members, months: [month] })
					: null
			}))
		])
	);
}

/**
 * Each measure's values over a sparkline's months: a monthly value in its month, a longer
 * period's value in its last month, null where there is none.
 * @example measureSparks({ rows, end: '2022-03' })['Reports delivered on the day'].at(-1) // { month: '2022-03', value: 81.2 }
 */
export function measureSparks(opts: {
	rows: readonly MeasureValueRow[];
	end: string;
}): Record<string, MonthValue[]> {
	const months = listMonths(sparkRange(opts));
	const names = [...new Set(opts.rows.map((r) => r.measure))];
	return Object.fromEntries(
		names.map((name) => {
			const at = new Map(opts.rows.filter((r) => r.measure === name).map((r) => [r.end, r.value]));
			return [name, months.map((month) => ({ month, value: at.get(month) ?? null }))];
		})
	);
}
