import { isZip, unzipCsvs } from '../ingest/text/unzipCsvs';
import { IngestError } from '../ingest/validation/IngestError';

/** A file ready to check: its name (with the archive's, for files from a zip) and bytes. */
export interface UploadFile {
	id: string;
	name: string;
	size: number;
	bytes: Uint8Array;
}

let counter = 0;

function open(name: string, bytes: Uint8Array): { name: string; bytes: Uint8Array }[] {
	if (!isZip({ bytes })) return [{ name, bytes }];
	try {
		return unzipCsvs({ bytes, fileName: name }).map((e) => ({
			name: `${name} › ${e.name}`,
			bytes: e.bytes
		}));
	} catch (error) {
		// A damaged archive, or one with no CSV, is listed as it is: checking it says what is wrong.
		if (error instanceof IngestError) return [{ name, bytes }];
		throw error;
	}
}

/**
 * Reads chosen files and opens .zip archives into their CSV files.
 * @example await expandFiles({ files: [file] }) // [{ id, name: 'x.csv', size, bytes }]
 */
export async function expandFiles(opts: { files: File[] }): Promise<UploadFile[]> {
	const out: UploadFile[] = [];
	for (const file of opts.files) {
		for (const entry of open(file.name, new Uint8Array(await file.arrayBuffer())))
			out.push({
				id: `f${++counter}`,
				name: entry.name,
				size: entry.bytes.length,
				bytes: entry.bytes
			});
	}
	return out;
}
