import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { parseRange } from './parse-range';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const etags = new Map<string, Promise<string>>();

/** A strong validator of a file that never changes, worked out once per path. */
function etagOf(path: string): Promise<string> {
	let etag = etags.get(path);
	if (!etag) {
		etag = readFile(path).then((bytes) => {
			const digest = createHash('sha256').update(bytes).digest('base64url');
			return `"${digest.slice(0, 32)}"`;
		});
		etag.catch(() => etags.delete(path));
		etags.set(path, etag);
	}
	return etag;
}

/**
 * Answers a request for an immutable export file: a strong ETag, a year's public caching, 304
 * to a matching If-None-Match, 206 with Content-Range for one byte range, 416 for a range past
 * the end. Files in a version's folder never change, so the path alone can key the ETag.
 * @example return serveExportFile({ request, path: 'data/exports/v3/uploads.parquet', type: 'application/vnd.apache.parquet' });
 */
export async function serveExportFile(opts: { request: Request; path: string; type: string }): Promise<Response> {
	const { size } = await stat(opts.path);
	const etag = await etagOf(opts.path);
	const headers = new Headers({
		etag,
		'cache-control': IMMUTABLE,
		'accept-ranges': 'bytes',
		'content-type': opts.type,
		// Static readers (a notebook, another site) may read the files too.
		'access-control-allow-origin': '*',
		'access-control-expose-headers': 'etag, content-range, content-length, accept-ranges'
	});
	const match = opts.request.headers.get('if-none-match');
	if (match && match.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*'))
		return new Response(null, { status: 304, headers });
	const ifRange = opts.request.headers.get('if-range');
	const header = ifRange && ifRange !== etag ? null : opts.request.headers.get('range');
	const range = parseRange({ header, size });
	if (range === 'unsatisfiable') {
		headers.set('content-range', `bytes */${size}`);
		return new Response(`The range ${header} is outside this file of ${size} bytes.\n`, { status: 416, headers });
	}
	if (!range) {
		headers.set('content-length', String(size));
		const whole = opts.request.method === 'HEAD' ? null : new Uint8Array(await readFile(opts.path));
		return new Response(whole, { headers });
	}
	const length = range.end - range.start + 1;
	headers.set('content-range', `bytes ${range.start}-${range.end}/${size}`);
	headers.set('content-length', String(length));
	if (opts.request.method === 'HEAD') return new Response(null, { status: 206, headers });
	const file = await open(opts.path);
	try {
		const part = new Uint8Array(length);
		await file.read(part, 0, length, range.start);
		return new Response(part, { status: 206, headers });
	} finally {
		await file.close();
	}
}
