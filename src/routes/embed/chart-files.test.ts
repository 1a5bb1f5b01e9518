import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BURGLARY } from '$lib/embed/fixtures';
import { svgToPng } from '$lib/server/svg-to-png';
import { chartSvg, paperPack } from './chart-files.server';

const version = { version: 4, pinned: true, published_ms: Date.UTC(2021, 2, 3, 12) };

/** Width, height and how many dark pixels a PNG has, decoded by Chromium-free means: resvg's own raster. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('chart files', () => {
	it('renders a standalone SVG with resolved colours, a size, the font and the alt text', async () => {
		const svg = chartSvg({ series: BURGLARY, chart: 'trend' });
		expect(
			svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" font-family="Atkinson Hyperlegible"')
		).toBe(true);
		expect(svg).not.toMatch(/var\(--/);
		expect(svg).toMatch(/<desc[^>]*>The monthly count of Burglary/);
		expect(svg).toContain('#0072b2');
		await expect(svg.replace(/></g, '>\n<') + '\n').toMatchFileSnapshot(
			'./__snapshots__/trend.svg'
		);
	});

	it('draws a PNG at twice the size, with text', () => {
		const svg = chartSvg({ series: BURGLARY, chart: 'rolling' });
		const [, , w, h] = svg
			.match(/viewBox="([^"]*)"/)![1]!
			.split(' ')
			.map(Number);
		const png = svgToPng({ svg, scale: 2 });
		expect(pngSize(png)).toEqual({ width: w! * 2, height: h! * 2 });
		// Only text: the same SVG with its text removed draws fewer dark pixels.
		const textOnly =
			'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect width="120" height="30" fill="#fff"/><text x="4" y="20" font-size="16">Burglary</text></svg>';
		const drawn = svgToPng({ svg: textOnly, scale: 1 });
		const blank = svgToPng({ svg: textOnly.replace('Burglary', ''), scale: 1 });
		expect(drawn.length).toBeGreaterThan(blank.length + 100);
	});

	it('packs the SVG, PNG, CSV, alt text and a note of the source', () => {
		const files = unzipSync(paperPack({ series: BURGLARY, chart: 'trend', version }));
		expect(Object.keys(files).sort()).toEqual([
			'about.txt',
			'alt-text.txt',
			'chart.png',
			'chart.svg',
			'figures.csv'
		]);
		const text = (name: string) => new TextDecoder().decode(files[name]);
		expect(text('about.txt')).toBe(
			[
				'Burglary each month',
				'City of London',
				'Source: City of London via police.uk street-level data; published 3 March 2021 (dataset version 4)',
				'Dataset version: 4',
				'Data as at: June 2023',
				'',
				'Notes:',
				'- Break from January 2023: New crime system; figures either side are not comparable.',
				'- 1 month without data is shown as a gap.',
				''
			].join('\n')
		);
		const csv = Papa.parse<string[]>(text('figures.csv'), { skipEmptyLines: true }).data;
		expect([...files['figures.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv[0]).toEqual(['month', 'Burglary', 'Year earlier']);
		expect(csv.at(-1)).toEqual(['2023-06', '34', '22']);
		expect(text('alt-text.txt')).toContain('Latest: June 2023, Burglary 34, Year earlier 22.');
		expect([...files['chart.png']!.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe(
			'PNG'
		);
	});
});
