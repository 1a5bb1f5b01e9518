import { error } from '@sveltejs/kit';
import { loadDrill, type DrillLevel } from '$lib/drill/load-drill';
import { partnershipOf } from '$lib/overview/partnership-areas';
import { withPinnedStore } from '$lib/server/versions/with-pinned-store';
import type { PageServerLoad } from './$types';

const SOURCES: Record<string, { source: string; first: DrillLevel }> = {
	police: { source: 'police-street', first: 'outcomes' },
	fire: { source: 'lfb', first: 'kinds' }
};

export const load: PageServerLoad = async ({ params, url }) => {
	const known = SOURCES[params.source];
	if (!known) error(404, `No drill-down for "${params.source}": use police or fire.`);
	const level = (params.level ?? known.first) as DrillLevel;
	if (level !== known.first && level !== 'places')
		error(404, `No level "${level}": use ${known.first} or places.`);
	const period = url.searchParams.get('period');
	if (!period) error(400, 'Choose a period, e.g. ?period=2021-06 (as on the overview).');
	const vs = url.searchParams.get('vs');
	const drill = await withPinnedStore(url, (db) =>
		loadDrill({
			db,
			source: known.source,
			area: params.area,
			category: params.category,
			level,
			period,
			vs,
			partnership: partnershipOf(params.area)
		}).catch((failure: unknown) => {
			if (failure instanceof Error && /period|month|compare/i.test(failure.message))
				error(400, failure.message);
			throw failure;
		})
	);
	if (!drill) error(404, 'The store is empty.');
	return { drill, level, first: known.first, ...params, search: url.search };
};
