import { decodeText } from '../ingest/text/decode-text';
import { readCsvRecords } from '../ingest/text/read-csv-records';
import { IngestError } from '../ingest/validation/ingest-error';

/** A file's header and first rows, to choose its columns from. */
export interface FilePreview {
	header: string[];
	rows: string[][];
}

const HEAD_BYTES = 64 * 1024;

/**
 * The header (trimmed) and first rows of a CSV, read from its first 64 KB; null when unreadable.
 * @example filePreview({ bytes, fileName: 'v.csv', rows: 3 }) // { header: ['Date', 'Type'], rows: [['2024-01-05', 'Theft']] }
 */
export function filePreview(opts: {
	bytes: Uint8Array;
	fileName: string;
	rows?: number;
}): FilePreview | null {
	const { bytes, fileName } = opts;
	const cut = bytes.length <= HEAD_BYTES ? bytes.length : bytes.lastIndexOf(10, HEAD_BYTES) + 1;
	try {
		const { text } = decodeText({ bytes: bytes.subarray(0, cut || bytes.length), fileName });
		const table = readCsvRecords({ text, fileName });
		if (table.header.length === 0) return null;
		return {
			header: table.header.map((h) => h.trim()),
			rows: table.records.slice(0, opts.rows ?? 3).map((r) => r.cells)
		};
	} catch (error) {
		if (error instanceof IngestError) return null;
		throw error;
	}
}
