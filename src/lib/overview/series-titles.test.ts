import { describe, expect, it } from 'vitest';
import type { SeriesData } from './series-data';
import { sectionOf, seriesTitles } from './series-titles';

describe('sectionOf', () => {
	it.each([
		['police-street', 'Burglary', 'crime'],
		['police-street', 'group:violence', 'crime'],
		['police-street', 'Anti-social behaviour', 'asb'],
		['lfb', 'Fire', 'fire'],
		['measures', 'Cases supervised', 'measures'],
		['mopac', 'Burglary', 'mopac']
	])('puts %s / %s in %s', (source, key, section) =>
		expect(sectionOf({ source, key })).toBe(section)
	);
});

describe('seriesTitles', () => {
	const series = {
		source: 'lfb',
		key: 'Fire',
		label: 'Fire',
		area: 'City of London',
		unit: 'count',
		first: '2016-04',
		last: '2022-03'
	} as SeriesData;

	it('names the section, the source and each chart', () => {
		const t = seriesTitles({ series });
		expect([t.section, t.sectionTitle, t.sourceName]).toEqual([
			'fire',
			'Fire and rescue incidents',
			'London Fire Brigade incidents'
		]);
		expect(t.trendDescription).toBe(
			'The monthly count of Fire in City of London from April 2016 to March 2022, with the same months a year earlier as a dashed line; months without data are gaps.'
		);
		expect(t.rollingDescription).toMatch(/^The total of the 12 months/);
	});

	it('speaks of a mean and a percentage for a percentage measure', () => {
		const t = seriesTitles({ series: { ...series, source: 'measures', unit: 'percent' } });
		expect(t.trendDescription).toMatch(/^The monthly percentage of/);
		expect(t.rollingDescription).toMatch(/^The mean of the 12 months/);
	});
});
