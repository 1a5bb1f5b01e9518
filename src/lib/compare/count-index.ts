import type { MonthlyCountRow } from '../db/sql/monthly-counts-sql';
import { seriesKey } from './store-facts';

/** Monthly counts by series key, category and month, as one overview query returned them. */
export type CountIndex = Map<string, Map<string, Map<string, number>>>;

/** Indexes monthly counts for summing in code. @example countIndex({ rows }).get(seriesKey(s))?.get('Fire')?.get('2021-04') // 12 */
export function countIndex(opts: { rows: readonly MonthlyCountRow[] }): CountIndex {
	const index: CountIndex = new Map();
	for (const r of opts.rows) {
		const key = seriesKey(r);
		const series = index.get(key) ?? new Map<string, Map<string, number>>();
		index.set(key, series);
		const months = series.get(r.category) ?? new Map<string, number>();
		series.set(r.category, months);
		months.set(r.month, (months.get(r.month) ?? 0) + r.count);
	}
	return index;
}

/**
 * The sum of some categories' counts over some months (0 where a covered month has no rows).
 * @example sumCounts({ index, key, categories: ['Fire'], months: ['2021-04', '2021-05'] }) // 25
 */
export function sumCounts(opts: {
	index: CountIndex;
	key: string;
	categories: readonly string[];
	months: readonly string[];
}): number {
	const series = opts.index.get(opts.key);
	let total = 0;
	for (const category of opts.categories) {
		const months = series?.get(category);
		if (months) for (const m of opts.months) total += months.get(m) ?? 0;
	}
	return total;
}
