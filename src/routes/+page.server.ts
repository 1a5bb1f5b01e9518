import { loadOverview } from '$lib/overview/load-overview';
import { withStore } from '$lib/server/with-store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const month = url.searchParams.get('month');
	const overview = await withStore((db) => loadOverview({ db, month }));
	return { overview: overview ?? { series: null, months: [], month: null, tables: [] } };
};
