import { json } from '@sveltejs/kit';
import { receiveUpload } from '$lib/server/publish/receive-upload';
import { serverUploads } from '$lib/server/publish/server-uploads';
import { uploadLimitBytes } from '$lib/server/publish/upload-limit';
import { refusal } from '$lib/server/publish/refusal-response';
import { dataDir } from '$lib/server/store-path';
import type { RequestHandler } from './$types';

const limitBytes = uploadLimitBytes();

/** The server's uploads and dataset versions, newest first. */
export const GET: RequestHandler = async () =>
	json(await serverUploads(), { headers: { 'cache-control': 'no-store' } });

/**
 * Keeps one file (the raw request body, `?name=` its file name) as `uploads/<sha256>`, answering
 * `{ sha256, bytes, existed }`; refused with 413 above SAFER_CITY_UPLOAD_LIMIT_MB. Analysts only
 * (src/hooks.server.ts).
 */
export const POST: RequestHandler = async ({ request, url }) => {
	const name = url.searchParams.get('name')?.trim() || 'the file';
	const length = request.headers.get('content-length');
	try {
		const kept = await receiveUpload({
			body: request.body,
			dataDir: dataDir(),
			name,
			limitBytes,
			declaredBytes: length === null ? null : Number(length)
		});
		return json({ name, ...kept }, { status: kept.existed ? 200 : 201 });
	} catch (failure) {
		return refusal(failure);
	}
};
