import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunning } from '../../db/is-running.server';
import { PARTIAL_PREFIX, uploadPath, uploadsDir } from './upload-files';
import { sizeInWords } from './upload-limit';
import { UploadRefused } from './upload-refused';

const tooLarge = (name: string, limit: number) =>
	new UploadRefused({
		status: 413,
		message: `${name} is larger than this server takes (${sizeInWords(limit)}); split it into smaller files (a month or a year each), or ask whoever runs the server to raise SAFER_CITY_UPLOAD_LIMIT_MB.`
	});

/**
 * Streams an upload to disk, never holding it whole: written under a temporary name while its
 * SHA-256 is worked out on the way, then renamed to `<data dir>/uploads/<sha256>`, so a kept
 * file is always whole and the same bytes twice are one file. Refused with 413 (the partial file
 * removed) when `declaredBytes` or the bytes that arrive pass `limitBytes`.
 * @example await receiveUpload({ body: request.body, dataDir: 'data', name: 'june.csv', limitBytes: 500 * 2 ** 20, declaredBytes: 1234 })
 */
export async function receiveUpload(opts: {
	body: ReadableStream<Uint8Array> | null;
	dataDir: string;
	name: string;
	limitBytes: number;
	declaredBytes: number | null;
}): Promise<{ sha256: string; bytes: number; existed: boolean }> {
	if (opts.declaredBytes !== null && opts.declaredBytes > opts.limitBytes)
		throw tooLarge(opts.name, opts.limitBytes);
	if (!opts.body)
		throw new UploadRefused({
			status: 400,
			message: `The upload of ${opts.name} had no body: send the file's bytes as the request body (content-type application/octet-stream).`
		});
	const dir = uploadsDir(opts);
	mkdirSync(dir, { recursive: true });
	sweepPartials({ dir });
	const partial = join(dir, `${PARTIAL_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
	const file = await open(partial, 'wx');
	const hash = createHash('sha256');
	let bytes = 0;
	try {
		const reader = opts.body.getReader();
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			bytes += value.length;
			if (bytes > opts.limitBytes) {
				await discardRest({ reader, upTo: opts.limitBytes });
				throw tooLarge(opts.name, opts.limitBytes);
			}
			hash.update(value);
			await file.write(value);
		}
		await file.sync();
	} catch (failure) {
		await file.close();
		await rm(partial, { force: true });
		throw refusalOf(failure, opts);
	}
	await file.close();
	const sha256 = hash.digest('hex');
	const kept = uploadPath({ dataDir: opts.dataDir, sha256 })!;
	const existed = existsSync(kept);
	// Same bytes, same name: renaming over a kept copy changes nothing a reader could see.
	await rename(partial, kept);
	return { sha256, bytes, existed };
}

/**
 * Reads and drops what is left of a body sent without its length, so the client hears the 413
 * instead of a reset connection; past `upTo` more bytes the connection is dropped.
 */
async function discardRest(opts: {
	reader: ReadableStreamDefaultReader<Uint8Array>;
	upTo: number;
}): Promise<void> {
	for (let dropped = 0; dropped <= opts.upTo;) {
		const { done, value } = await opts.reader.read().catch(() => ({ done: true, value: null }));
		if (done || !value) return;
		dropped += value.length;
	}
	await opts.reader.cancel().catch(() => {});
}

function refusalOf(failure: unknown, opts: { name: string; limitBytes: number }): Error {
	if (failure instanceof UploadRefused) return failure;
	// adapter-node's own BODY_SIZE_LIMIT, when set below the upload limit.
	if ((failure as { status?: number }).status === 413)
		return new UploadRefused({
			status: 413,
			message: `${opts.name} is larger than the server's BODY_SIZE_LIMIT allows; set BODY_SIZE_LIMIT to at least SAFER_CITY_UPLOAD_LIMIT_MB (e.g. BODY_SIZE_LIMIT=${Math.ceil(opts.limitBytes / 1_048_576) + 1}M), as npm start does.`
		});
	return new UploadRefused({
		status: 400,
		message: `The upload of ${opts.name} stopped before the whole file arrived (${(failure as Error).message}); nothing was kept. Try again.`
	});
}

/** Removes the partial files of processes no longer running (a server killed mid-upload). */
function sweepPartials(opts: { dir: string }): void {
	for (const name of readdirSync(opts.dir)) {
		if (!name.startsWith(PARTIAL_PREFIX)) continue;
		const pid = Number(name.slice(PARTIAL_PREFIX.length).split('-', 1)[0]);
		if (pid && pid !== process.pid && !isRunning(pid))
			rmSync(join(opts.dir, name), { force: true });
	}
}
