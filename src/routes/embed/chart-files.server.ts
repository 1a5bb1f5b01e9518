import { error } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { zipSync } from 'fflate';
import paletteCss from '$lib/charts/chart-palette.css?raw';
import { toDownloadCsv } from '$lib/csv/to-download-csv';
import { altText } from '$lib/embed/alt-text';
import { chartRows } from '$lib/embed/chart-rows';
import { isEmbedChart, type EmbedChart } from '$lib/embed/embed-charts';
import { embedNotes } from '$lib/embed/embed-notes';
import { EXPORT_STYLE } from '$lib/embed/export-style';
import { paletteVars } from '$lib/embed/palette-vars';
import SeriesChart from '$lib/embed/SeriesChart.svelte';
import { sourceLine } from '$lib/embed/source-line';
import { standaloneSvg } from '$lib/embed/standalone-svg';
import type { SeriesData } from '$lib/overview/series-data';
import { seriesTitles } from '$lib/overview/series-titles';
import { labelMonth } from '$lib/periods/label-period';
import { embedVersion } from '$lib/server/embed-version';
import { EXPORT_FONT, svgToPng } from '$lib/server/svg-to-png';
import { seriesPageData } from '../series/series-page-data.server';

const PALETTE = paletteVars({ css: paletteCss });

/** A chart's series and version from its route, or a 404 for a chart that does not exist. */
export async function chartFigures(opts: { url: URL; params: Record<string, string> }) {
	const { chart, source = '', area = '', key = '' } = opts.params;
	if (!chart || !isEmbedChart(chart))
		error(404, `There is no chart "${chart}": use trend, rolling or seasonal.`);
	const series = await seriesPageData({ url: opts.url, source, area, key });
	return { series, chart, version: await embedVersion({ url: opts.url }) };
}

/** The chart as a standalone SVG file, its description in `<desc>`. @example chartSvg({ series, chart: 'trend' }) */
export function chartSvg(opts: { series: SeriesData; chart: EmbedChart }): string {
	const { body } = render(SeriesChart, { props: opts });
	return standaloneSvg({
		html: body,
		palette: PALETTE,
		css: EXPORT_STYLE,
		font: EXPORT_FONT,
		alt: altText(opts)
	});
}

/** The committee-paper pack: SVG, PNG (2×), CSV, alt text and a note of where it comes from. */
export function paperPack(opts: Awaited<ReturnType<typeof chartFigures>>): Uint8Array {
	const { series: s, chart, version } = opts;
	const t = seriesTitles({ series: s });
	const svg = chartSvg({ series: s, chart });
	const notes = embedNotes({ series: s });
	const text = (value: string) => new TextEncoder().encode(value);
	const about = [
		t[chart],
		s.area,
		sourceLine({ area: s.area, sourceName: t.sourceName, ...version }),
		`Dataset version: ${version.version ?? 'none'}${version.pinned ? '' : ' (latest when downloaded)'}`,
		`Data as at: ${s.last ? labelMonth(s.last) : 'no data'}`,
		'',
		'Notes:',
		...notes.map((n) => `- ${n}`),
		...(notes.length ? [] : ['- none']),
		''
	].join('\n');
	const mtime = new Date(version.published_ms ?? Date.UTC(2000, 0, 1));
	return zipSync(
		{
			'chart.svg': [text(svg), { mtime }],
			'chart.png': [svgToPng({ svg, scale: 2 }), { mtime }],
			'figures.csv': [text(toDownloadCsv({ rows: chartRows({ series: s, chart }) })), { mtime }],
			'alt-text.txt': [text(altText({ series: s, chart }) + '\n'), { mtime }],
			'about.txt': [text(about), { mtime }]
		},
		{ level: 6 }
	);
}
