import { describe, expect, it } from 'vitest';
import { altText } from './alt-text';
import { chartRows } from './chart-rows';
import { downloadName } from './download-name';
import { embedNotes } from './embed-notes';
import { embedSnippet } from './embed-snippet';
import { BURGLARY } from './fixtures';
import { sourceLine } from './source-line';

describe('chartRows', () => {
	it('gives the trend its months, values and the year earlier, gaps as null', () => {
		const rows = chartRows({ series: BURGLARY, chart: 'trend' });
		expect(rows).toHaveLength(15);
		expect(rows[0]).toEqual({ month: '2022-04', Burglary: 20, 'Year earlier': null });
		expect(rows[5]).toEqual({ month: '2022-09', Burglary: null, 'Year earlier': null });
		expect(rows[12]).toEqual({ month: '2023-04', Burglary: 32, 'Year earlier': 20 });
	});
	it('gives rolling totals only for full windows', () => {
		const rows = chartRows({ series: BURGLARY, chart: 'rolling' });
		expect(rows.filter((r) => r['12-month total'] !== null)).toEqual([]);
	});
	it('gives the seasonal chart a row per financial year, April first', () => {
		const rows = chartRows({ series: BURGLARY, chart: 'seasonal' });
		expect(rows.map((r) => r.year)).toEqual(['2022-23', '2023-24']);
		expect(rows[1]).toMatchObject({ Apr: 32, May: 33, Jun: 34, Jul: null });
	});
});

describe('notes, alt text and source', () => {
	it('names the break, the small numbers and the gap', () => {
		expect(embedNotes({ series: BURGLARY })).toEqual([
			'Break from January 2023: New crime system; figures either side are not comparable.',
			'1 month without data is shown as a gap.'
		]);
		expect(
			embedNotes({ series: { ...BURGLARY, months: [{ month: '2023-01', value: 3 }], breaks: [] } })
		).toEqual(['Small numbers: months with fewer than 10 go up and down by chance.']);
	});
	it('describes a chart by its sentence, its latest figures and its notes', () => {
		const alt = altText({ series: BURGLARY, chart: 'trend' });
		expect(alt).toContain(
			'The monthly count of Burglary in City of London from April 2022 to June 2023'
		);
		expect(alt).toContain('Latest: June 2023, Burglary 34, Year earlier 22.');
		expect(alt).toContain('Break from January 2023');
	});
	it('writes the source line', () => {
		expect(
			sourceLine({
				area: 'City of London Police',
				sourceName: 'police.uk',
				published_ms: Date.UTC(2021, 2, 3, 12),
				version: 4
			})
		).toBe(
			'Source: City of London Police via police.uk; published 3 March 2021 (dataset version 4)'
		);
		expect(sourceLine({ area: 'A', sourceName: 'B', published_ms: null, version: null })).toBe(
			'Source: A via B'
		);
	});
});

describe('embedSnippet and downloadName', () => {
	it('escapes the URL and title into an iframe and the resize script', () => {
		expect(
			embedSnippet({
				origin: 'https://dash.example',
				path: '/embed/series/lfb/City/Fire/trend?v=3&vs=prev',
				title: 'Fires "all" <each> month'
			})
		).toBe(
			'<iframe src="https://dash.example/embed/series/lfb/City/Fire/trend?v=3&amp;vs=prev" ' +
				'title="Fires &quot;all&quot; &lt;each> month" data-safer-city-embed ' +
				'style="width:100%;min-width:300px;height:480px;border:0" loading="lazy"></iframe>\n' +
				'<script src="https://dash.example/embed.js" async></script>'
		);
	});
	it('slugs a file name', () => {
		expect(downloadName({ series: BURGLARY, chart: 'rolling', ext: 'png' })).toBe(
			'burglary-city-of-london-rolling.png'
		);
	});
});
