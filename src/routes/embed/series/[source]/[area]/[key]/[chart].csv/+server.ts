import { error } from '@sveltejs/kit';
import { chartRows } from '$lib/embed/chart-rows';
import { isEmbedChart } from '$lib/embed/embed-charts';
import { downloadName } from '$lib/embed/download-name';
import { toDownloadCsv } from '$lib/csv/to-download-csv';
import { seriesPageData } from '../../../../../../series/series-page-data.server';
import type { RequestHandler } from './$types';

/** The figures a chart plots, as CSV for Excel. */
export const GET: RequestHandler = async ({ params, url }) => {
	const { chart, ...which } = params;
	if (!isEmbedChart(chart))
		error(404, `There is no chart "${chart}": use trend, rolling or seasonal.`);
	const series = await seriesPageData({ url, ...which });
	return new Response(toDownloadCsv({ rows: chartRows({ series, chart }) }), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${downloadName({ series, chart, ext: 'csv' })}"`
		}
	});
};
