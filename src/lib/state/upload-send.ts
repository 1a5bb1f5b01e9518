import type { FileBody } from '../ingest/file-body';

/** What the server answered for a kept file. */
export interface SentFile {
	sha256: string;
	bytes: number;
}

/**
 * Sends one file's bytes to the server to keep (`POST /api/uploads`), reporting the bytes sent
 * as they go; rejects with the server's sentence when it refuses.
 * @example const { sha256 } = await sendUpload({ name: 'june.csv', body: file, csrf, onProgress: (sent) => {} })
 */
export function sendUpload(opts: {
	name: string;
	body: FileBody;
	csrf: string;
	onProgress: (sent: number, total: number) => void;
	signal?: AbortSignal;
}): Promise<SentFile> {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		xhr.open('POST', `/api/uploads?name=${encodeURIComponent(opts.name)}`);
		xhr.setRequestHeader('content-type', 'application/octet-stream');
		xhr.setRequestHeader('x-csrf-token', opts.csrf);
		xhr.upload.onprogress = (e) => opts.onProgress(e.loaded, e.total);
		xhr.onload = () => {
			if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as SentFile);
			else
				reject(
					new Error(xhr.responseText || `The server answered ${xhr.status} for ${opts.name}.`)
				);
		};
		xhr.onerror = () =>
			reject(
				new Error(`${opts.name} did not reach the server: check the connection and try again.`)
			);
		xhr.onabort = () => reject(new Error(`Sending ${opts.name} was cancelled.`));
		opts.signal?.addEventListener('abort', () => xhr.abort());
		const body = opts.body instanceof Blob ? opts.body : new Blob([opts.body as BlobPart]);
		xhr.send(body);
	});
}
