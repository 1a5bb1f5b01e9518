import { compareMonthly } from './compare-monthly';
import type { Comparison, ComparisonRow } from './comparison';
import { sumCounts, type CountIndex } from './count-index';
import { GROUP_PREFIX } from './count-rows';
import { seriesKey, type StoreFacts } from './store-facts';
import { OTHER_KINDS, subcategoryKey } from './subcategory-key';

/**
 * Which kinds a committee sees under each category: a kind gets its own row when it makes up at
 * least 5% of its category's incidents in the period or in its base, so a kind that grows shows
 * and one that fades stays in view for the year it fades; at most 6 such, largest first; the rest
 * are summed in one "other kinds" row (a single leftover kind is shown by name instead).
 */
export const MAIN_KIND_SHARE = 0.05;
/** At most this many kinds of a category have rows of their own. */
export const MAX_KINDS = 6;

type Scope = {
	facts: StoreFacts;
	/** Category counts, as the comparison was made from. */
	index: CountIndex;
	/** Kind counts (`subcategoryIndex`). */
	kinds: CountIndex;
	comparison: Comparison;
	rate?: string | null;
	smallNumberThreshold?: number;
};

/**
 * The kind rows of a comparison's categories, each with its `parent`, compared over the same month
 * pairs as the categories (so a kind adds, never doubles, into its category). A category gets
 * kinds only when they add up to it in every compared month: months stored before kinds were
 * kept have none, and a comparison with them would be wrong.
 * @example subcategoryRows({ facts, index, kinds, comparison }).map((r) => r.key) // ['Fire: Primary Fire', …]
 */
export function subcategoryRows(opts: Scope): ComparisonRow[] {
	const { comparison: c } = opts;
	return c.rows
		.filter((r) => r.kind === 'category')
		.flatMap((r) => categoryKinds({ ...opts, category: r.key }));
}

/**
 * Puts each kind row straight after its category's row.
 * @example nestSubcategoryRows({ rows: c.rows, kinds: subcategoryRows({ … }) })
 */
export function nestSubcategoryRows(opts: {
	rows: readonly ComparisonRow[];
	kinds: readonly ComparisonRow[];
}): ComparisonRow[] {
	return opts.rows.flatMap((r) => [
		r,
		...(r.kind === 'category' ? opts.kinds.filter((k) => k.parent === r.key) : [])
	]);
}

function categoryKinds(opts: Scope & { category: string }): ComparisonRow[] {
	const { comparison: c, category } = opts;
	const key = seriesKey(c);
	const prefix = subcategoryKey({ category, subcategory: '' });
	const all = [...(opts.kinds.get(key)?.keys() ?? [])].filter((k) => k.startsWith(prefix)).sort();
	const months = [...c.compared.now, ...c.compared.then];
	const sum = (index: CountIndex, categories: string[], m: string[]) =>
		sumCounts({ index, key, categories, months: m });
	const adds = months.every((m) => sum(opts.index, [category], [m]) === sum(opts.kinds, all, [m]));
	if (!all.length || !months.length || !adds) return [];
	const [now, then] = [c.compared.now, c.compared.then].map((m) => sum(opts.index, [category], m));
	const figures = all.map((k) => ({
		k,
		now: sum(opts.kinds, [k], c.compared.now),
		then: sum(opts.kinds, [k], c.compared.then)
	}));
	const share = (f: { now: number; then: number }) =>
		(now! > 0 && f.now / now! >= MAIN_KIND_SHARE) ||
		(then! > 0 && f.then / then! >= MAIN_KIND_SHARE);
	const ranked = figures
		.filter((f) => f.now + f.then > 0)
		.sort((a, b) => b.now - a.now || b.then - a.then || a.k.localeCompare(b.k));
	let shown = ranked.filter(share).slice(0, MAX_KINDS);
	let rest = ranked.filter((f) => !shown.includes(f));
	if (rest.length === 1) [shown, rest] = [[...shown, ...rest], []];
	const other = subcategoryKey({ category, subcategory: OTHER_KINDS });
	const facts: StoreFacts = {
		...opts.facts,
		categories: { ...opts.facts.categories, [key]: [...shown, ...rest].map((f) => f.k) },
		groups: rest.map((f) => ({ source: c.source, group: other, category: f.k })),
		// A break of the category concerns each of its kinds.
		breaks: opts.facts.breaks.flatMap((b) =>
			b.category === category ? all.map((k) => ({ ...b, category: k })) : [b]
		)
	};
	const kinds = compareMonthly({
		facts,
		index: opts.kinds,
		source: c.source,
		area: c.area,
		period: c.period,
		vs: c.base,
		rate: opts.rate ?? c.rate?.population ?? null,
		smallNumberThreshold: opts.smallNumberThreshold ?? c.smallNumberThreshold
	});
	const byKey = new Map(kinds.rows.map((r) => [r.key, r]));
	const rows = [
		...shown.map((f) => byKey.get(f.k)),
		...(rest.length ? [byKey.get(`${GROUP_PREFIX}${other}`)] : [])
	];
	return rows.flatMap((r) =>
		r
			? [
					{
						...r,
						key: r.key.startsWith(GROUP_PREFIX) ? r.key.slice(GROUP_PREFIX.length) : r.key,
						kind: 'subcategory',
						parent: category
					}
				]
			: []
	);
}
