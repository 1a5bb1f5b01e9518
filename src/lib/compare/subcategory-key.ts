import type { MonthlySubcategoryCountRow } from '../db/sql/monthly-subcategory-counts-sql';
import type { CountIndex } from './count-index';
import { seriesKey } from './store-facts';

/** What a kind not recorded in the file is called. */
export const NOT_RECORDED = 'kind not recorded';
/** The row key and label of the kinds of a category too small to show on their own, summed. */
export const OTHER_KINDS = 'other kinds';

/**
 * The row key of a kind within a category, also its label and its series page's key.
 * @example subcategoryKey({ category: 'Special Service', subcategory: 'RTC' }) // 'Special Service: RTC'
 */
export function subcategoryKey(opts: { category: string; subcategory: string | null }): string {
	return `${opts.category}: ${opts.subcategory ?? NOT_RECORDED}`;
}

/**
 * The category a kind's key belongs to, of the given ones (the longest that fits), or null.
 * @example subcategoryParent({ key: 'Special Service: RTC', categories: ['Fire', 'Special Service'] }) // 'Special Service'
 */
export function subcategoryParent(opts: {
	key: string;
	categories: readonly string[];
}): string | null {
	const fits = opts.categories.filter((c) => opts.key.startsWith(`${c}: `));
	return fits.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * Indexes monthly kind counts by series key, kind key (`subcategoryKey`) and month, for summing
 * with `sumCounts` like categories.
 * @example subcategoryIndex({ rows }).get(seriesKey(s))?.get('Fire: Primary Fire')?.get('2021-04') // 5
 */
export function subcategoryIndex(opts: {
	rows: readonly MonthlySubcategoryCountRow[];
}): CountIndex {
	const index: CountIndex = new Map();
	for (const r of opts.rows) {
		const key = seriesKey(r);
		const series = index.get(key) ?? new Map<string, Map<string, number>>();
		index.set(key, series);
		const kind = subcategoryKey(r);
		const months = series.get(kind) ?? new Map<string, number>();
		series.set(kind, months);
		months.set(r.month, (months.get(r.month) ?? 0) + r.count);
	}
	return index;
}

/**
 * The months a series has kinds stored for (any kind of any category), A to Z: months stored
 * before kinds were kept have none, and a kind's sparkline leaves them as gaps.
 * @example subcategoryMonths({ kinds, key: seriesKey(s) }) // ['2021-04', '2021-05']
 */
export function subcategoryMonths(opts: { kinds: CountIndex; key: string }): string[] {
	const months = new Set<string>();
	for (const byMonth of opts.kinds.get(opts.key)?.values() ?? [])
		for (const month of byMonth.keys()) months.add(month);
	return [...months].sort();
}
