import { describe, expect, it } from 'vitest';
import { frameAncestors } from './frame-ancestors';
import { securityHeaders } from './security-headers';

describe('frameAncestors', () => {
	it.each([
		['/', {}, "'none'"],
		['/series/x', { SAFER_CITY_EMBED_ANCESTORS: 'https://a.example' }, "'none'"],
		['/embedded', {}, "'none'"],
		['/embed/overview.svg', {}, '*'],
		[
			'/embed/x',
			{ SAFER_CITY_EMBED_ANCESTORS: ' https://a.example   https://b.example ' },
			'https://a.example https://b.example'
		],
		['/embed/x', { SAFER_CITY_EMBED_ANCESTORS: '  ' }, '*']
	])('%s with %j: %s', (path, env, expected) => {
		expect(frameAncestors({ path, env })).toBe(expected);
	});
});

describe('securityHeaders', () => {
	it.each([
		['/', "frame-ancestors 'none'", 'DENY'],
		['/embed/x', 'frame-ancestors *', null]
	])('%s', (path, csp, xfo) => {
		const headers = new Headers({ 'content-security-policy': "default-src 'self'" });
		securityHeaders({ headers, path, env: {} });
		expect(headers.get('content-security-policy')).toBe(`default-src 'self', ${csp}`);
		expect(headers.get('x-frame-options')).toBe(xfo);
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});
});
