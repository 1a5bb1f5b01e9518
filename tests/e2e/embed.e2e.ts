import { createServer, type Server } from 'node:http';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { useSampleApp } from '../support/sample-app';
import { freePort } from '../support/server';

const app = useSampleApp();
const SERIES = '/series/police-street/City%20of%20London%20Police/Burglary';
const CHARTS = [
	{ chart: 'trend', width: 300 },
	{ chart: 'rolling', width: 520 },
	{ chart: 'seasonal', width: 900 }
];

// A page of "another site": on its own loopback port, so another origin than the app.
let host: Server;
let hostUrl: string;
beforeAll(async () => {
	const port = await freePort();
	host = createServer((req, res) => {
		const frames = CHARTS.map(
			({ chart, width }) =>
				`<iframe title="${chart}" src="${app.url}/embed${SERIES}/${chart}" data-safer-city-embed style="width:${width}px;height:150px;border:0;display:block"></iframe>`
		).join('\n');
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(
			`<!doctype html><html lang="en"><title>Host</title><body style="margin:0">${frames}` +
				`<script src="${app.url}/embed.js"></script></body></html>`
		);
	});
	await new Promise<void>((resolve) => host.listen(port, '127.0.0.1', resolve));
	hostUrl = `http://127.0.0.1:${port}/`;
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Each iframe's height against the height of its content. */
async function heights(page: Page): Promise<{ frame: number; content: number }[]> {
	const out = [];
	for (const handle of await page.locator('iframe').elementHandles()) {
		const frame = (await handle.contentFrame())!;
		const content = await frame.evaluate(() =>
			Math.ceil(document.querySelector('.embed-box')!.getBoundingClientRect().height)
		);
		out.push({ frame: (await handle.boundingBox())!.height, content });
	}
	return out;
}

async function settled(page: Page): Promise<{ frame: number; content: number }[]> {
	const within = (hs: { frame: number; content: number }[]) =>
		hs.every((h) => Math.abs(h.frame - h.content) <= 2);
	// The heights themselves, so a failure shows them.
	await expect.poll(() => heights(page), { timeout: 10_000 }).toSatisfy(within);
	return heights(page);
}

describe('embeds in Chromium', () => {
	it('sizes three iframes of different widths to their content, also after a resize', async () => {
		const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(hostUrl);
		await page.waitForFunction(() => document.querySelectorAll('iframe').length === 3);
		const first = await settled(page);
		expect(first.every((h) => h.content > 300)).toBe(true);
		// Narrow frames wrap their text and are taller than the wide one.
		expect(first[0]!.content).toBeGreaterThan(first[2]!.content);
		await page.evaluate(() => {
			for (const f of document.querySelectorAll('iframe')) f.style.width = '320px';
		});
		// Tall enough to show all three: Chromium does not lay out cross-origin frames off screen.
		await page.setViewportSize({ width: 400, height: 2000 });
		const second = await settled(page);
		expect(second[2]!.content).not.toBe(first[2]!.content);
		await page.close();
	});

	it('ignores a height message from another origin', async () => {
		const page = await app.browser.newPage();
		await page.goto(hostUrl);
		const [before] = await settled(page);
		// The host page itself (not the app's origin) posts as if it were the first frame.
		await page.evaluate(() => {
			const frame = document.querySelector('iframe')!;
			window.dispatchEvent(
				new MessageEvent('message', {
					data: { type: 'safer-city:height', height: 5 },
					origin: location.origin,
					source: frame.contentWindow
				})
			);
		});
		await page.waitForTimeout(200);
		expect((await heights(page))[0]!.frame).toBe(before!.frame);
		await page.close();
	});

	it('serves embeds framable, and the rest of the app not', async () => {
		const embed = await fetch(`${app.url}/embed${SERIES}/trend?v=1`);
		expect(embed.status).toBe(200);
		expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
		const html = await embed.text();
		expect(html).toMatch(
			/Source: City of London Police via police.uk[^;]*; published \d+ \w+ 20\d\d/
		);
		expect(html).toContain('dataset version 1');
		expect((await fetch(`${app.url}/embed${SERIES}/pie`)).status).toBe(404);
	});

	it('gives a CSV of the plotted figures that papaparse reads back', async () => {
		const res = await fetch(`${app.url}/embed${SERIES}/trend.csv`);
		expect(res.headers.get('content-type')).toMatch(/text\/csv/);
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes);
		const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
		expect(parsed.meta.fields).toEqual(['month', 'Burglary', 'Year earlier']);
		expect(parsed.data.length).toBeGreaterThan(12);
		expect(parsed.data.every((r) => /^\d{4}-\d{2}$/.test(r.month!))).toBe(true);
	});

	it('serves the SVG and a 2× PNG with ETags stable for the version', async () => {
		const svg = await fetch(`${app.url}/embed${SERIES}/trend.svg?v=1`);
		expect(svg.headers.get('content-type')).toBe('image/svg+xml');
		const text = await svg.text();
		expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		const etag = svg.headers.get('etag')!;
		const again = await fetch(`${app.url}/embed${SERIES}/trend.svg?v=1`, {
			headers: { 'if-none-match': etag }
		});
		expect(again.status).toBe(304);
		const png = new Uint8Array(
			await (await fetch(`${app.url}/embed${SERIES}/trend.png?v=1`)).arrayBuffer()
		);
		const view = new DataView(png.buffer);
		expect(view.getUint32(16)).toBe(2 * Number(text.match(/ width="(\d+)"/)![1]));
		const zip = await fetch(`${app.url}/embed${SERIES}/trend.zip?v=1`);
		expect(zip.headers.get('content-type')).toBe('application/zip');
	});

	it.each([300, 1280])('has no axe violations on an embed at %i px', async (width) => {
		const page = await app.browser.newPage({ viewport: { width, height: 900 } });
		await page.goto(`${app.url}/embed${SERIES}/trend`);
		expect(await axeViolations({ page })).toEqual([]);
		await page.close();
	});

	it('has no axe violations on the series page with a menu open', async () => {
		const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${app.url}${SERIES}`);
		await page.locator('details.actions summary').first().click();
		await expect
			.poll(() => page.locator('details.actions textarea').first().isVisible())
			.toBe(true);
		expect(await axeViolations({ page })).toEqual([]);
		await page.close();
	});
});
