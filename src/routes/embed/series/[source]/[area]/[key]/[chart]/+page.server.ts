import { error } from '@sveltejs/kit';
import { altText } from '$lib/embed/alt-text';
import { isEmbedChart } from '$lib/embed/embed-charts';
import { embedNotes } from '$lib/embed/embed-notes';
import { embedVersion } from '$lib/server/embed-version';
import { seriesPageData } from '../../../../../../series/series-page-data.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const { chart, ...which } = params;
	if (!isEmbedChart(chart))
		error(404, `There is no chart "${chart}": use trend, rolling or seasonal.`);
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
