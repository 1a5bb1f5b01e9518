import { compareMonthly } from '../compare/compare-monthly';
import { comparedTexts } from '../compare/compared-texts';
import type { Comparison, ComparisonRow } from '../compare/comparison';
import { sumCounts, type CountIndex } from '../compare/count-index';
import { selectRows } from '../compare/select-rows';
import { subcategoryMonths } from '../compare/subcategory-key';
import { nestSubcategoryRows, subcategoryRows } from '../compare/subcategory-rows';
import { seriesKey, type Series, type StoreFacts } from '../compare/store-facts';
import type { ComparisonBasis } from '../periods/comparison-period';
import type { Period } from '../periods/period';
import { periodMonths, resolvePeriod } from '../periods/resolve-period';
import { formatValue } from '../stats/format-value';
import type { OverviewSection, OwnTotal } from './overview-section';
import { countSparks } from './section-sparks';

type Headline = Pick<ComparisonRow, 'key' | 'label' | 'members'>;

function ownTotal(o: {
	c: Comparison;
	headline: Headline;
	index: CountIndex;
	key: string;
	covered: Set<string>;
}): OwnTotal | null {
	const months = periodMonths(o.c.period).filter((m) => o.covered.has(m));
	if (months.length === o.c.compared.now.length) return null;
	const of = o.c.length;
	const value = sumCounts({ index: o.index, key: o.key, categories: o.headline.members, months });
	return {
		label: `${o.c.periodLabel}: ${months.length} of ${of} months with data`,
		value,
		months: months.length,
		of
	};
}

/**
 * One count source's section (or part of one, as crime without ASB): the comparison with its
 * groups, sparklines, the period's own total when only some months compare, and its sentences.
 * A rate is shown only where the area has that population.
 * @example countSection({ key: 'fire', title: 'Fire and rescue incidents', facts, index, series, period, vs: 'yoy' })
 */
export function countSection(opts: {
	key: string;
	title: string;
	facts: StoreFacts;
	index: CountIndex;
	series: Series;
	period: Period;
	vs: ComparisonBasis;
	rate?: string | null;
	group?: string | null;
	categories?: (category: string) => boolean;
	/** Keep only category rows (no total, no groups): ASB alone. */
	categoriesOnly?: boolean;
	/** Kind counts (`subcategoryIndex`): each category's main kinds nested under it (fire). */
	kinds?: CountIndex;
}): OverviewSection {
	const { facts, index, series } = opts;
	const { source, area } = series;
	const wanted = opts.rate?.toLowerCase();
	const rate = facts.populations.some(
		(p) => p.area === area && p.population.toLowerCase() === wanted
	)
		? opts.rate
		: null;
	const all = compareMonthly({
		facts,
		index,
		source,
		area,
		period: opts.period,
		vs: opts.vs,
		rate,
		categories: opts.categories
	});
	const names = new Set(
		facts.categories[seriesKey(series)]?.filter(opts.categories ?? (() => true))
	);
	let c: Comparison = {
		...all,
		breaks: all.breaks.filter((b) => b.category === null || names.has(b.category)),
		rows: opts.categoriesOnly ? all.rows.filter((r) => r.kind === 'category') : all.rows
	};
	if (opts.group && c.rows.some((r) => r.kind === 'group'))
		c = selectRows({ comparison: c, group: opts.group });
	const kindRows = opts.kinds
		? subcategoryRows({ facts, index, kinds: opts.kinds, comparison: c, rate })
		: [];
	const first = c.rows[0];
	// The row the section leads with: its total, its one category, or all its categories summed.
	const headline: Headline =
		first && (first.kind !== 'category' || c.rows.length === 1)
			? first
			: { key: opts.key, label: opts.title, members: [...names] };
	const covered = facts.covered[seriesKey(series)] ?? [];
	const key = seriesKey(series);
	const end = resolvePeriod(opts.period).end;
	const sparks = countSparks({
		index,
		key,
		covered,
		rows: [...c.rows, ...(first === headline ? [] : [headline])],
		end
	});
	if (opts.kinds && kindRows.length) {
		const stored = new Set(subcategoryMonths({ kinds: opts.kinds, key }));
		const months = covered.filter((m) => stored.has(m));
		Object.assign(
			sparks,
			countSparks({ index: opts.kinds, key, covered: months, rows: kindRows, end })
		);
		c = { ...c, rows: nestSubcategoryRows({ rows: c.rows, kinds: kindRows }) };
	}
	const own = ownTotal({ c, headline, index, key, covered: new Set(covered) });
	// With no total to lead with, every category speaks for itself.
	const narrative = !first
		? [`${c.comparedLabel}.`]
		: first === headline
			? [first.narrative]
			: c.rows.map((r) => r.narrative);
	if (own) {
		const texts = comparedTexts(c);
		narrative.push(
			`Only ${texts.now} can be compared with ${texts.then}, the months both periods have data for; ` +
				`${headline.label} in ${c.periodLabel} as a whole (${own.months} of ${own.of} months with data) was ${formatValue({ value: own.value })}.`
		);
	}
	return {
		key: opts.key,
		title: opts.title,
		source,
		area,
		comparison: c,
		measures: null,
		sparks,
		ownTotal: own,
		narrative
	};
}
