/**
 * Where to go after signing in: a path on this site, never another site (`//evil.example`,
 * `/\evil.example`, `https://…`); the overview otherwise.
 * @example safeNext('/audit?page=2') // '/audit?page=2'
 */
export function safeNext(next: unknown): string {
	if (typeof next !== 'string' || !next.startsWith('/') || /^\/[/\\]/.test(next)) return '/';
	// URL parsing would drop tabs and line breaks, turning '/\t/evil.example' into '//evil.example'.
	if ([...next].some((c) => c.charCodeAt(0) < 32 || c === '\u007f')) return '/';
	const url = new URL(next, 'http://local.invalid');
	const path = `${url.pathname}${url.search}`;
	return url.origin === 'http://local.invalid' && !/^\/[/\\]/.test(path) ? path : '/';
}
