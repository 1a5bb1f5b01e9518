/**
 * Headers that let an `/embed/…` page be framed: by any origin, or only the space-separated
 * origins in SAFER_CITY_EMBED_ANCESTORS. Every other page refuses framing (see hooks).
 * @example embedFrameHeaders({ env: { SAFER_CITY_EMBED_ANCESTORS: 'https://council.example' } })
 */
export function embedFrameHeaders(
	opts: {
		env?: Record<string, string | undefined>;
	} = {}
): Record<string, string> {
	const setting = (opts.env ?? process.env).SAFER_CITY_EMBED_ANCESTORS?.trim();
	return { 'content-security-policy': `frame-ancestors ${setting || '*'}` };
}
