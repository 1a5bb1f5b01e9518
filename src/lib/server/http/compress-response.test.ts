import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressResponse } from './compress-response';

const html = '<!doctype html><p>' + 'Safer City '.repeat(500) + '</p>';
const answer = (type: string, body = html) =>
	new Response(body, { headers: { 'content-type': type } });
const unpack = { br: brotliDecompressSync, gzip: gunzipSync } as const;

describe('compressResponse', () => {
	it.each([
		['text/html; charset=utf-8', 'gzip, deflate, br', 'br'],
		['text/csv; charset=utf-8', 'gzip', 'gzip'],
		['application/json', 'br;q=0, gzip;q=0.8', 'gzip'],
		['image/svg+xml', 'br', 'br']
	] as const)('%s for %j answers in %s', async (type, accept, encoding) => {
		const out = compressResponse({ response: answer(type), accept, method: 'GET' });
		expect(out.headers.get('content-encoding')).toBe(encoding);
		expect(out.headers.get('vary')).toBe('Accept-Encoding');
		const bytes = Buffer.from(await out.arrayBuffer());
		expect(bytes.length).toBeLessThan(html.length / 10);
		expect(unpack[encoding](bytes).toString()).toBe(html);
	});

	it.each([
		['a binary type', answer('application/octet-stream'), 'gzip', 'GET'],
		['a client that takes neither', answer('text/html'), 'identity', 'GET'],
		['gzip refused', answer('text/html'), 'gzip;q=0', 'GET'],
		[
			'a tiny answer',
			new Response('ok', { headers: { 'content-type': 'text/plain', 'content-length': '2' } }),
			'gzip',
			'GET'
		],
		['a HEAD request', answer('text/html'), 'gzip', 'HEAD']
	])('leaves %s as it is', async (_, response, accept, method) => {
		const out = compressResponse({ response, accept, method });
		expect(out.headers.get('content-encoding')).toBe(null);
	});
});
