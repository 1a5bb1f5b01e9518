import { json } from '@sveltejs/kit';
import { publishRequest } from '$lib/server/publish/publish-request';
import { refusal } from '$lib/server/publish/refusal-response';
import { runPublish } from '$lib/server/publish/run-publish';
import { UploadRefused } from '$lib/server/publish/upload-refused';
import { dataDir } from '$lib/server/store-path';
import type { RequestHandler } from './$types';

/**
 * Checks (`dryRun: true`) or publishes kept uploads: the server reads them again with the same
 * ingest code, and a publish with no rejected file becomes one new dataset version. Answers
 * `{ dryRun, results, version }`. Analysts only (src/hooks.server.ts).
 */
export const POST: RequestHandler = async ({ request, locals, getClientAddress }) => {
	try {
		const body = await request.json().catch(() => {
			throw new UploadRefused({
				status: 400,
				message:
					'Send the files to check or publish as JSON: { "dryRun": true, "files": [{ "sha256": "…", "name": "june.csv" }] }.'
			});
		});
		const { dryRun, files } = publishRequest({ body, dataDir: dataDir() });
		const outcome = await runPublish({
			dataDir: dataDir(),
			files,
			dryRun,
			actor: locals.user!.name,
			ip: getClientAddress()
		});
		return json(outcome, { headers: { 'cache-control': 'no-store' } });
	} catch (failure) {
		return refusal(failure);
	}
};
