import { RETRY_AFTER_S } from './run-publish';
import { UploadRefused } from './upload-refused';

/**
 * A refused upload or publish as a plain-text answer with its sentence (503s say when to retry);
 * any other failure is a 500 saying so, logged for whoever runs the server.
 * @example return refusal(new UploadRefused({ status: 413, message: 'big.csv is larger than …' }))
 */
export function refusal(failure: unknown): Response {
	if (!(failure instanceof UploadRefused)) {
		console.error(failure);
		const message = failure instanceof Error ? failure.message : String(failure);
		failure = new UploadRefused({
			status: 500,
			message: `The server failed: ${message}. Nothing was published; the store is as it was.`
		});
	}
	if (!(failure instanceof UploadRefused)) throw failure;
	const headers: Record<string, string> = {
		'content-type': 'text/plain; charset=utf-8',
		'cache-control': 'no-store'
	};
	if (failure.status === 503) headers['retry-after'] = String(RETRY_AFTER_S);
	// The rest of a refused body may still be on its way: the connection is not reused.
	if (failure.status === 413) headers.connection = 'close';
	return new Response(failure.message, { status: failure.status, headers });
}
