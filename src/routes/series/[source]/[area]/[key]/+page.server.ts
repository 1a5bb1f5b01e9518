import { error } from '@sveltejs/kit';
import { loadSeries } from '$lib/overview/load-series';
import { UnknownSeriesError } from '$lib/overview/series-data';
import { cachedFacts } from '$lib/server/cached-facts';
import { withPinnedStore } from '$lib/server/versions/with-pinned-store';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const { source, area, key } = params;
	const vs = url.searchParams.get('vs');
	const series = await withPinnedStore(url, async (db, { version }) => {
		const facts = await cachedFacts({ db, version });
		const ask = (period: string | null) => loadSeries({ db, facts, source, area, key, period, vs });
		try {
			// Without a period, the latest month, as on the overview.
			const period = url.searchParams.get('period');
			const first = await ask(period);
			return period || !first.last ? first : await ask(first.last);
		} catch (failure) {
			if (failure instanceof UnknownSeriesError) error(404, failure.message);
			if (failure instanceof Error && /period|month/i.test(failure.message))
				error(400, failure.message);
			throw failure;
		}
	});
	if (!series) error(404, 'The store is empty: there are no series yet.');
	return { series };
};
