import { isZip, unzipCsvs } from '../ingest/text/unzipCsvs';

/** A file ready to check: its name (with the archive's, for files from a zip) and bytes. */
export interface UploadFile {
	id: string;
	name: string;
	size: number;
	bytes: Uint8Array;
}

let counter = 0;

/**
 * Reads chosen files and opens .zip archives into their CSV files.
 * @example await expandFiles({ files: [file] }) // [{ id, name: 'x.csv', size, bytes }]
 */
export async function expandFiles(opts: { files: File[] }): Promise<UploadFile[]> {
	const out: UploadFile[] = [];
	for (const file of opts.files) {
		const bytes = new Uint8Array(await file.arrayBuffer());
		const entries = isZip({ bytes })
			? unzipCsvs({ bytes, fileName: file.name }).map((e) => ({
					name: `${file.name} › ${e.name}`,
					bytes: e.bytes
				}))
			: [{ name: file.name, bytes }];
		for (const entry of entries)
			out.push({
				id: `f${++counter}`,
				name: entry.name,
				size: entry.bytes.length,
				bytes: entry.bytes
			});
	}
	return out;
}
