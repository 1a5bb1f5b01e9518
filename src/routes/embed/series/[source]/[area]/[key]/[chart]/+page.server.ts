import { error } from '@sveltejs/kit';
import { altText } from '$lib/embed/alt-text';
import { isEmbedChart } from '$lib/embed/embed-charts';
import { embedNotes } from '$lib/embed/embed-notes';
import { embedFrameHeaders } from '$lib/server/embed-frame-headers';
import { embedVersion } from '$lib/server/embed-version';
import { seriesPageData } from '../../../../../../series/series-page-data.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	const { chart, ...which } = params;
	if (!isEmbedChart(chart))
		error(404, `There is no chart "${chart}": use trend, rolling or seasonal.`);
	setHeaders(embedFrameHeaders());
	const series = await seriesPageData({ url, ...which });
	const version = await embedVersion({ url });
	return {
		series,
		chart,
		version,
		notes: embedNotes({ series }),
		alt: altText({ series, chart })
	};
};
