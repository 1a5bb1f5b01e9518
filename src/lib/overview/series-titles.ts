import { labelMonth } from '../periods/label-period';
import { SECTION_TITLES } from './overview-section';
import type { SeriesData } from './series-data';

const SOURCE_NAMES: Readonly<Record<string, string>> = {
	'police-street': 'police.uk street-level data',
	lfb: 'London Fire Brigade incidents',
	measures: 'partner measures',
	mopac: 'MOPAC borough tables'
};

/** The words of a series page: its overview section, source, and each chart's title and sentence. */
export interface SeriesTitles {
	section: string;
	sectionTitle: string;
	sourceName: string;
	trend: string;
	trendDescription: string;
	rolling: string;
	rollingDescription: string;
	seasonal: string;
	seasonalDescription: string;
}

/** The overview section a series belongs to. @example sectionOf({ source: 'lfb', key: 'Fire' }) // 'fire' */
export function sectionOf(opts: { source: string; key: string }): string {
	if (opts.source === 'police-street')
		return opts.key === 'Anti-social behaviour' ? 'asb' : 'crime';
	return opts.source === 'lfb' ? 'fire' : opts.source;
}

/**
 * Titles and one-sentence descriptions for a series page's charts.
 * @example seriesTitles({ series }).trend // 'Burglary each month'
 */
export function seriesTitles(opts: { series: SeriesData }): SeriesTitles {
	const { label, area, first, last, unit } = opts.series;
	const section = sectionOf(opts.series);
	const span = first && last ? `from ${labelMonth(first)} to ${labelMonth(last)}` : '';
	const what = unit === 'count' ? 'count' : unit === 'percent' ? 'percentage' : 'rate';
	const per = `${label} in ${area}`;
	return {
		section,
		sectionTitle: SECTION_TITLES[section] ?? section,
		sourceName: SOURCE_NAMES[opts.series.source] ?? opts.series.source,
		trend: `${label} each month`,
		trendDescription: `The monthly ${what} of ${per} ${span}, with the same months a year earlier as a dashed line; months without data are gaps.`,
		rolling: `${label}, rolling 12 months`,
		rollingDescription: `The ${unit === 'count' ? 'total' : 'mean'} of the 12 months to each month, for ${per}; a window with a month missing is left out.`,
		seasonal: `${label} by month of the financial year`,
		seasonalDescription: `Each financial year of ${per} as a line from April to March: the latest year in bold against the range and mean of the years before.`
	};
}
