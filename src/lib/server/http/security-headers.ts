import { frameAncestors } from './frame-ancestors';

/**
 * Adds the headers every answer carries: no MIME sniffing, a strict referrer, and framing only
 * for embeds (a second CSP header holding frame-ancestors; browsers enforce every CSP header).
 * @example securityHeaders({ headers: response.headers, path: '/', env: process.env })
 */
export function securityHeaders(opts: {
	headers: Headers;
	path: string;
	env: Record<string, string | undefined>;
}): void {
	const { headers, path } = opts;
	const ancestors = frameAncestors({ path, env: opts.env });
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	headers.append('content-security-policy', `frame-ancestors ${ancestors}`);
	if (ancestors === "'none'") headers.set('x-frame-options', 'DENY');
	else headers.delete('x-frame-options');
}
