import { byteSource, readAll, readHead, type FileBody } from '../ingest/file-body';
import type { ZipOpener } from '../engine/ingest-worker-client';
import { expandZip } from '../ingest/expand-zip';
import { isZip } from '../ingest/text/unzip-csvs';

/**
 * A file ready to check: its name (with the archive's, for files from a zip), its body (a chosen
 * File is not read whole until it is saved) and its first bytes, for a preview.
 */
export interface UploadFile {
	id: string;
	name: string;
	size: number;
	body: FileBody;
	head: Uint8Array;
}

/** Enough of a file's start for a preview of its header and first rows (see filePreview). */
const HEAD_BYTES = 64 * 1024 + 1;

let counter = 0;

const unzipHere: ZipOpener = async (file) => expandZip(file);

type Opened = Omit<UploadFile, 'id' | 'size'>;

const inMemory = (name: string, body: Uint8Array): Opened => ({
	name,
	body,
	head: body.subarray(0, HEAD_BYTES)
});

async function open(file: File, unzip: ZipOpener): Promise<Opened[]> {
	const { name } = file;
	const head = await readHead({ body: file, bytes: HEAD_BYTES });
	if (!isZip({ bytes: head })) return [{ name, body: file, head }];
	const bytes = await readAll({ body: file });
	const { files, issue } = await unzip({ name, bytes, separator: ' › ' });
	// A damaged archive, or one with no CSV, is listed as it is: checking it says what is wrong.
	if (issue) return [inMemory(name, bytes)];
	return files.map((f) => inMemory(f.name, f.bytes));
}

/**
 * Lists chosen files, opening .zip archives into their CSV files with `unzip` (a Web Worker in
 * the browser; here by default).
 * @example await expandFiles({ files: [file] }) // [{ id, name: 'x.csv', size, body, head }]
 */
export async function expandFiles(opts: {
	files: File[];
	unzip?: ZipOpener;
}): Promise<UploadFile[]> {
	const out: UploadFile[] = [];
	for (const file of opts.files) {
		for (const opened of await open(file, opts.unzip ?? unzipHere)) {
			const { size } = byteSource(opened.body);
			out.push({ id: `f${++counter}`, size, ...opened });
		}
	}
	return out;
}
