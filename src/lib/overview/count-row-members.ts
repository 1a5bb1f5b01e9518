import { GROUP_PREFIX } from '../compare/count-rows';
import { ALL_CRIME, ALL_INCIDENTS } from '../compare/order-rows';
import { seriesKey, type Series, type StoreFacts } from '../compare/store-facts';
import { subcategoryParent } from '../compare/subcategory-key';
import { ASB } from '../ingest/police/police-layout';
import { UnknownSeriesError, type SeriesData } from './series-data';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What a count row key names in a series: its kind, label and member categories, as the
 * comparison tables build them (a fire incident kind: `<group>: <kind>`). Throws UnknownSeriesError, listing the keys there are.
 * @example countRowMembers({ facts, series, key: 'group:violence' }).members // ['Possession of weapons', 'Robbery', …]
 */
export function countRowMembers(opts: {
	facts: StoreFacts;
	series: Series;
	key: string;
}): Pick<SeriesData, 'key' | 'kind' | 'label' | 'members'> {
	const { facts, series, key } = opts;
	const categories = facts.categories[seriesKey(series)] ?? [];
	const groups = facts.groups.filter((g) => g.source === series.source);
	if (series.source === 'police-street' && key === ALL_CRIME)
		return {
			key,
			kind: 'total',
			label: 'All crime (excluding ASB)',
			members: categories.filter((c) => c !== ASB)
		};
	if (series.source === 'lfb' && key === ALL_INCIDENTS)
		return { key, kind: 'total', label: ALL_INCIDENTS, members: categories };
	if (categories.includes(key)) return { key, kind: 'category', label: key, members: [key] };
	if (key.toLowerCase().startsWith(GROUP_PREFIX)) {
		const name = key.slice(GROUP_PREFIX.length).toLowerCase();
		const members = groups.filter((g) => g.group.toLowerCase() === name);
		if (members.length)
			return {
				key: `${GROUP_PREFIX}${members[0]!.group}`,
				kind: 'group',
				label: capitalise(members[0]!.group),
				members: members.map((g) => g.category)
			};
	}
	// A kind within a category, e.g. 'Special Service: RTC'; whether it is stored is for the caller.
	if (series.source === 'lfb' && subcategoryParent({ key, categories }))
		return { key, kind: 'subcategory', label: key, members: [key] };
	const totals =
		series.source === 'police-street'
			? [ALL_CRIME]
			: series.source === 'lfb'
				? [ALL_INCIDENTS]
				: [];
	const names = [...new Set(groups.map((g) => g.group))].map((g) => `${GROUP_PREFIX}${g}`);
	const keys = [...totals, ...categories, ...names].map((k) => `"${k}"`).join(', ');
	throw new UnknownSeriesError(
		`${series.source} in ${series.area} has no row "${key}"; the rows are ${keys || 'none'}.`
	);
}
