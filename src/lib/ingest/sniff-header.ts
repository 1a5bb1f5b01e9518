import { decodeText } from './text/decode-text';
import { MAX_HEADER_CHARS, readHeader } from './text/read-header';
import type { TextEncodingName, ValidationIssue } from './types';
import { IngestError } from './validation/ingest-error';

const SNIFF_BYTES = 64 * 1024;
const LF = 10;
/** The most of a file's start sniffHeader looks at: a caller may read just this much. */
export const SNIFF_HEAD_BYTES = Math.max(SNIFF_BYTES, MAX_HEADER_CHARS + 1);

/** The header of a file and how its first bytes are encoded, or why it cannot be read as CSV. */
export type SniffedHeader =
	| { header: string[]; encoding: TextEncodingName; issue: null }
	| { header: null; encoding: null; issue: ValidationIssue };

/**
 * Decodes only the start of a file (UTF-8 with or without BOM, else Windows-1252) and reads its
 * header, so a 200 MB file is not decoded twice; binary, UTF-16 and empty files become an issue.
 * @example sniffHeader({ bytes, fileName: 'x.csv' }).header // ['Crime ID', 'Month', …]
 */
export function sniffHeader(opts: { bytes: Uint8Array; fileName: string }): SniffedHeader {
	const { bytes, fileName } = opts;
	try {
		const decoded = decodeText({ bytes: headBytes(bytes), fileName });
		const header = readHeader({ text: decoded.text, fileName });
		return { header: header.map((h) => h.trim()), encoding: decoded.encoding, issue: null };
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		return { header: null, encoding: null, issue: error.issue };
	}
}

/** The first 64 KB cut after a line break (so no character is split), or up to 1 MB without one. */
function headBytes(bytes: Uint8Array): Uint8Array {
	if (bytes.length <= SNIFF_BYTES) return bytes;
	const lastBreak = bytes.subarray(0, SNIFF_BYTES).lastIndexOf(LF);
	if (lastBreak >= 0) return bytes.subarray(0, lastBreak + 1);
	return bytes.subarray(0, MAX_HEADER_CHARS + 1);
}
