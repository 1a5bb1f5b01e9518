/** The session cookie's name. */
export const SESSION_COOKIE = 'safer_city_session';

/**
 * The session cookie's attributes: HttpOnly, SameSite=Strict, Secure when the request came over
 * https (behind a proxy, set adapter-node's PROTOCOL_HEADER or ORIGIN so the app knows), and
 * gone from the browser once the session could not be valid anyway.
 * @example sessionCookieOptions({ url: new URL('https://x.gov.uk/'), maxMs: 604_800_000 })
 */
export function sessionCookieOptions(opts: { url: URL; maxMs: number }): {
	path: string;
	httpOnly: true;
	sameSite: 'strict';
	secure: boolean;
	maxAge: number;
} {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'strict',
		secure: opts.url.protocol === 'https:',
		maxAge: Math.floor(opts.maxMs / 1000)
	};
}
