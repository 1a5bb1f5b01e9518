import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useSampleApp } from '../support/sample-app';

const app = useSampleApp();
const SERIES = '/series/police-street/City%20of%20London%20Police/Anti-social%20behaviour';
const PATHS = ['/', SERIES, '/upload', '/api/snapshot'];

/** The raw headers of a GET (node:http, so nothing is decoded or dropped on the way). */
function headersOf(path: string, acceptEncoding = 'gzip, deflate, br') {
	return new Promise<Record<string, string | string[] | undefined>>((done, fail) => {
		const req = request(`${app.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } });
		req.on('response', (res) => {
			res.resume();
			done(res.headers);
		});
		req.on('error', fail);
		req.end();
	});
}

describe('security headers on the built server', () => {
	it.each(PATHS)('%s carries nosniff, a strict referrer and no framing', async (path) => {
		const headers = await headersOf(path);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['x-frame-options']).toBe('DENY');
		expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'");
	});

	it.each(['/', SERIES, '/upload'])(
		'%s has a hashed script policy for DuckDB-wasm',
		async (path) => {
			const csp = String((await headersOf(path))['content-security-policy']);
			expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
			expect(csp).toContain("worker-src 'self'");
			expect(csp).toContain("object-src 'none'");
			expect(csp).not.toContain("'unsafe-eval'");
		}
	);

	it.each(['/', SERIES, '/upload'])('%s is compressed for a client that takes it', async (path) => {
		expect((await headersOf(path))['content-encoding']).toBe('br');
		expect((await headersOf(path, 'gzip'))['content-encoding']).toBe('gzip');
		expect((await headersOf(path, 'identity'))['content-encoding']).toBe(undefined);
	});

	it('answers a compressed page that decodes to the page', async () => {
		const response = await fetch(`${app.url}/`, { headers: { 'accept-encoding': 'br' } });
		expect(response.headers.get('content-encoding')).toBe('br');
		expect(await response.text()).toContain('data-engine');
	});
});

describe('the engine and the upload worker under the policy, in Chromium', () => {
	it('starts DuckDB-wasm and parses a file with no policy violation', async () => {
		const page = await app.browser.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
		});
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`)
			)
		);
		await page.goto(`${app.url}/`);
		await page.locator('[data-engine="duckdb-wasm"]').waitFor({ timeout: 60_000 });

		await page.goto(`${app.url}/upload`);
		await page.locator('[data-engine="ready"]').waitFor({ timeout: 60_000 });
		const csv = readFileSync('data/sample/police/2016-04-city-of-london-street.csv');
		await page.locator('label.zone').evaluate((zone, b64) => {
			const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
			const transfer = new DataTransfer();
			transfer.items.add(new File([data], '2016-04-city-of-london-street.csv'));
			zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
		}, csv.toString('base64'));
		await page.locator('[data-phase="checked"]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-figure="rows"]').textContent()).toMatch(/^[\d,]+ rows$/);
		expect(violations).toEqual([]);
		await page.close();
	});
});
