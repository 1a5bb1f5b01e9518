import type { CountIndex } from '../compare/count-index';
import { seriesKey, type Series, type StoreFacts } from '../compare/store-facts';
import type { MeasureValueRow } from '../db/sql/measure-values-sql';
import { ASB } from '../ingest/police/police-layout';
import type { ComparisonBasis } from '../periods/comparison-period';
import type { Period } from '../periods/period';
import { countSection } from './count-section';
import { measureSection } from './measure-section';
import { SECTION_TITLES, type OverviewSection } from './overview-section';

const ORDER = ['police-street', 'lfb', 'measures'];
const rank = (s: Series) => (ORDER.includes(s.source) ? ORDER.indexOf(s.source) : ORDER.length);

/**
 * One section per source a partnership's store holds: police recorded crime (ASB excluded), ASB,
 * fire incidents, partner measures, then any other count source by name.
 * @example overviewSections({ facts, index, measureRows, series, period, vs: 'yoy' }).map((s) => s.key) // ['crime', 'asb', 'fire', 'measures']
 */
export function overviewSections(opts: {
	facts: StoreFacts;
	index: CountIndex;
	measureRows: readonly MeasureValueRow[];
	/** The partnership's series. */
	series: readonly Series[];
	period: Period;
	vs: ComparisonBasis;
	rate?: string | null;
	group?: string | null;
	/** Kind counts (`subcategoryIndex`), nested under the fire section's incident groups. */
	kinds?: CountIndex;
}): OverviewSection[] {
	const sorted = [...opts.series].sort(
		(a, b) => rank(a) - rank(b) || a.source.localeCompare(b.source)
	);
	return sorted.flatMap((series): OverviewSection[] => {
		const { kinds, ...rest } = opts;
		const common = { ...rest, series };
		if (series.source === 'measures')
			return [measureSection({ ...opts, series, rows: opts.measureRows })];
		if (series.source === 'lfb')
			return [countSection({ ...common, kinds, key: 'fire', title: SECTION_TITLES.fire! })];
		if (series.source !== 'police-street')
			return [
				countSection({
					...common,
					key: series.source,
					title: SECTION_TITLES[series.source] ?? series.source
				})
			];
		const hasAsb = opts.facts.categories[seriesKey(series)]?.includes(ASB);
		return [
			countSection({
				...common,
				key: 'crime',
				title: SECTION_TITLES.crime!,
				categories: (c) => c !== ASB
			}),
			...(hasAsb
				? [
						countSection({
							...common,
							key: 'asb',
							title: SECTION_TITLES.asb!,
							categories: (c) => c === ASB,
							categoriesOnly: true,
							group: null
						})
					]
				: [])
		];
	});
}
