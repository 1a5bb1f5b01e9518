import { Readable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml)|image\/svg\+xml)/;

/** The encoding to answer in for an Accept-Encoding header: brotli, then gzip, else none. */
function chooseEncoding(accept: string | null): 'br' | 'gzip' | null {
	const offered = (accept ?? '')
		.toLowerCase()
		.split(',')
		.map((part) => part.trim().split(';'))
		.filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
		.map(([name]) => name?.trim());
	if (offered.includes('br')) return 'br';
	if (offered.includes('gzip')) return 'gzip';
	return null;
}

/**
 * Compresses an HTML, CSV, JSON or SVG answer (streamed, as rendered) for a client that accepts
 * brotli or gzip; other answers, and those already encoded, pass as they are.
 * @example compressResponse({ response, accept: 'gzip, br', method: 'GET' })
 */
export function compressResponse(opts: {
	response: Response;
	accept: string | null;
	method: string;
}): Response {
	const { response } = opts;
	const type = response.headers.get('content-type') ?? '';
	const length = Number(response.headers.get('content-length') ?? Infinity);
	if (
		!response.body ||
		opts.method === 'HEAD' ||
		response.status === 204 ||
		response.status === 304
	)
		return response;
	if (!COMPRESSIBLE.test(type) || response.headers.has('content-encoding') || length < 1024)
		return response;
	const encoding = chooseEncoding(opts.accept);
	const headers = new Headers(response.headers);
	headers.append('vary', 'Accept-Encoding');
	if (!encoding) return new Response(response.body, { status: response.status, headers });
	const zip =
		encoding === 'br'
			? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
			: createGzip({ level: 6 });
	const source = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
	source.on('error', (e) => zip.destroy(e));
	const body = Readable.toWeb(source.pipe(zip)) as ReadableStream<Uint8Array>;
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
