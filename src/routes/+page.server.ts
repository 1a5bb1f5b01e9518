import { loadOverview } from '$lib/overview/load-overview';
import { readOverviewQuery } from '$lib/overview/overview-query';
import { withPinnedStore } from '$lib/server/versions/with-pinned-store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const query = readOverviewQuery(url.searchParams);
	const overview = await withPinnedStore(url, (db) => loadOverview({ db, ...query }));
	return { overview: overview ?? { series: null, months: [], month: null, tables: [] } };
};
