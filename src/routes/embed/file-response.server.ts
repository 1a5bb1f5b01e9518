import { createHash } from 'node:crypto';

/**
 * A downloadable file with an ETag from its bytes (so stable for a dataset version) that answers
 * a matching If-None-Match with 304.
 * @example fileResponse({ request, body: svg, type: 'image/svg+xml', filename: 'fire-trend.svg' })
 */
export function fileResponse(opts: {
	request: Request;
	body: string | Uint8Array;
	type: string;
	filename: string;
	download?: boolean;
}): Response {
	const etag = `"${createHash('sha256').update(opts.body).digest('base64url').slice(0, 27)}"`;
	const headers: Record<string, string> = {
		'content-type': opts.type,
		etag,
		'cache-control': 'no-cache',
		'content-disposition': `${opts.download ? 'attachment' : 'inline'}; filename="${opts.filename}"`
	};
	if (opts.request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers });
	return new Response(opts.body as BodyInit, { headers });
}
