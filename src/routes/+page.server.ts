import { compactChoices } from '$lib/overview/compact-choices';
import { loadOverview } from '$lib/overview/load-overview';
import { readOverviewQuery } from '$lib/overview/overview-query';
import { cachedFacts } from '$lib/server/cached-facts';
import { withPinnedStore } from '$lib/server/versions/with-pinned-store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const query = readOverviewQuery(url.searchParams);
	const overview = await withPinnedStore(url, async (db, { version }) => {
		const facts = await cachedFacts({ db, version });
		return loadOverview({ db, facts, ...query });
	});
	// The pickers' choices go as their span (+page.ts works them out again): a smaller page.
	return {
		overview: compactChoices(overview ?? { series: null, months: [], month: null, tables: [] })
	};
};
