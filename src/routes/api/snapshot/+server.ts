import { snapshotBody, type SnapshotBody } from '$lib/engine/snapshot-body.server';
import { frameSnapshot } from '$lib/engine/snapshot-frame';
import { withStore } from '$lib/server/with-store';
import type { RequestHandler } from './$types';

// No store yet: no tables, so the engine starts empty and the first upload can be checked.
const body = frameSnapshot({ parts: [] });
const EMPTY: SnapshotBody = { body, gzip: body, etag: '"empty"' };

/** Every table the browser engine needs, in one body (see `frameSnapshot`); a revisit gets a 304. */
export const GET: RequestHandler = async ({ request }) => {
	const snapshot = (await withStore((db) => snapshotBody({ db }))) ?? EMPTY;
	const headers = new Headers({
		etag: snapshot.etag,
		// Stored, but asked about again each time: the figures change when someone imports.
		'cache-control': 'no-cache',
		'content-type': 'application/octet-stream',
		vary: 'accept-encoding'
	});
	if (request.headers.get('if-none-match') === snapshot.etag)
		return new Response(null, { status: 304, headers });
	const gzip = snapshot !== EMPTY && /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	if (gzip) headers.set('content-encoding', 'gzip');
	return new Response(gzip ? snapshot.gzip : snapshot.body, { headers });
};
