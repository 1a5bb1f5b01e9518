import type { SeriesData } from '../overview/series-data';
import type { EmbedChart } from './embed-charts';

/**
 * A file name for a chart's download, safe in any file system and a header.
 * @example downloadName({ series, chart: 'trend', ext: 'csv' }) // 'burglary-city-of-london-trend.csv'
 */
export function downloadName(opts: { series: SeriesData; chart: EmbedChart; ext: string }): string {
	const slug = `${opts.series.label}-${opts.series.area}-${opts.chart}`
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${slug}.${opts.ext}`;
}
