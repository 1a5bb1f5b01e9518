/**
 * Who may frame a page at `path`: no one, except `/embed/…` routes, which any origin may frame
 * unless `SAFER_CITY_EMBED_ANCESTORS` (a space-separated CSP source list) narrows it.
 * @example frameAncestors({ path: '/embed/x', env: {} }) // '*'
 */
export function frameAncestors(opts: {
	path: string;
	env: Record<string, string | undefined>;
}): string {
	if (!opts.path.startsWith('/embed/')) return "'none'";
	return opts.env.SAFER_CITY_EMBED_ANCESTORS?.trim().replace(/\s+/g, ' ') || '*';
}
