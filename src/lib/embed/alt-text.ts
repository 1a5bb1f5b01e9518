import type { SeriesData } from '../overview/series-data';
import { labelMonth } from '../periods/label-period';
import { seriesTitles } from '../overview/series-titles';
import { chartRows } from './chart-rows';
import type { EmbedChart } from './embed-charts';
import { embedNotes } from './embed-notes';

/**
 * A chart's description for `alt`, SVG `<desc>` and the paper pack: the chart's sentence, its
 * latest figures, and its notes (breaks, small numbers, gaps).
 * @example altText({ series, chart: 'trend' }) // 'The monthly count of Burglary … Latest: March 2024, 41 (year earlier 38). …'
 */
export function altText(opts: { series: SeriesData; chart: EmbedChart }): string {
	const t = seriesTitles({ series: opts.series });
	const sentence =
		opts.chart === 'trend'
			? t.trendDescription
			: opts.chart === 'rolling'
				? t.rollingDescription
				: t.seasonalDescription;
	const rows = chartRows(opts).filter((r) => Object.values(r).some((v) => typeof v === 'number'));
	const last = rows.at(-1);
	const figures = last
		? Object.entries(last)
				.map(([k, v]) =>
					k === 'month'
						? labelMonth(String(v))
						: k === 'year'
							? String(v)
							: `${k} ${v ?? 'no data'}`
				)
				.join(', ')
		: 'no figures';
	return [sentence, `Latest: ${figures}.`, ...embedNotes({ series: opts.series })].join(' ');
}
