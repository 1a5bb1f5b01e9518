import type { CountIndex } from '../compare/count-index';
import { seriesKey, type Series, type StoreFacts } from '../compare/store-facts';
import { subcategoryIndex, subcategoryMonths, subcategoryParent } from '../compare/subcategory-key';
import type { Connector, Row } from '../db/connector';
import {
	monthlySubcategoryCountsSql,
	type MonthlySubcategoryCountRow
} from '../db/sql/monthly-subcategory-counts-sql';
import { UnknownSeriesError } from './series-data';

/** A kind's counts for its series page, and the store facts to compare it with. */
export interface SubcategorySeries {
	/** The kind's category, e.g. 'Special Service'. */
	parent: string;
	index: CountIndex;
	/** Months with kinds stored, oldest first: months stored before kinds were kept are gaps. */
	covered: string[];
	/** The store facts with the kind as the series' one category and its category's breaks. */
	facts: StoreFacts;
}

/**
 * Reads one kind's whole history (e.g. 'Special Service: RTC') in one query. Throws
 * UnknownSeriesError, naming the kinds there are, for a kind the store does not hold.
 * @example await loadSubcategorySeries({ db, facts, series, key: 'Special Service: RTC' })
 */
export async function loadSubcategorySeries(opts: {
	db: Connector;
	facts: StoreFacts;
	series: Series;
	key: string;
}): Promise<SubcategorySeries> {
	const { facts, series, key: kind } = opts;
	const key = seriesKey(series);
	const categories = facts.categories[key] ?? [];
	const parent = subcategoryParent({ key: kind, categories })!;
	const rows = await opts.db.query<MonthlySubcategoryCountRow & Row>(
		monthlySubcategoryCountsSql({
			areas: [series.area],
			ranges: [{ start: series.first_month, end: series.last_month }]
		})
	);
	const index = subcategoryIndex({
		rows: rows.filter((r) => r.source === series.source && r.category === parent)
	});
	const kinds = [...(index.get(key)?.keys() ?? [])];
	if (!kinds.includes(kind)) {
		const known = kinds.map((k) => `"${k}"`).join(', ');
		throw new UnknownSeriesError(
			`${series.source} in ${series.area} has no kind "${kind}"; the kinds of ${parent} are ${known || 'none stored'}.`
		);
	}
	const stored = new Set(subcategoryMonths({ kinds: index, key }));
	return {
		parent,
		index,
		covered: (facts.covered[key] ?? []).filter((m) => stored.has(m)),
		facts: {
			...facts,
			categories: { ...facts.categories, [key]: [kind] },
			groups: [],
			breaks: facts.breaks.map((b) => (b.category === parent ? { ...b, category: kind } : b))
		}
	};
}
