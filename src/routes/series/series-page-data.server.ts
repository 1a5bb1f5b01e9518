import { error } from '@sveltejs/kit';
import { loadSeries } from '$lib/overview/load-series';
import { UnknownSeriesError, type SeriesData } from '$lib/overview/series-data';
import { cachedFacts } from '$lib/server/cached-facts';
import { withPinnedStore } from '$lib/server/versions/with-pinned-store';

/**
 * One series as its page and its embeds show it: the URL's period and comparison (without a
 * period, the latest month) on the version `?v=N` pins, or the latest; 404/400 on bad input.
 * @example await seriesPageData({ url, source: 'lfb', area: 'City of London', key: 'Fire' })
 */
export async function seriesPageData(opts: {
	url: URL;
	source: string;
	area: string;
	key: string;
}): Promise<SeriesData> {
	const { url, source, area, key } = opts;
	const vs = url.searchParams.get('vs');
	const series = await withPinnedStore(url, async (db, { version }) => {
		const facts = await cachedFacts({ db, version });
		const ask = (period: string | null) => loadSeries({ db, facts, source, area, key, period, vs });
		try {
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
	return series;
}
