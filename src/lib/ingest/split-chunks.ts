/** A slice of a CSV's records, cut after a line break, with the file line its first record is on. */
export interface Chunk {
	start: number;
	end: number;
	/** 1-based file line of the chunk's first record (the header is line 1). */
	firstLine: number;
}

const LF = 10;

/**
 * Cuts a CSV's bytes after its header into slices of about `chunkBytes`, each ending at a line
 * break, so each can be read with the header put back in front. Quoted line breaks are not
 * looked for: police.uk and the other extracts have none, and a quote cut in two is reported
 * by the CSV reader as an unclosed quote on its line.
 * @example splitChunks({ bytes, chunkBytes: 16 << 20 }) // { header: Uint8Array, chunks: [...] }
 */
export function splitChunks(opts: { bytes: Uint8Array; chunkBytes: number }): {
	header: Uint8Array;
	chunks: Chunk[];
} {
	const { bytes } = opts;
	const headerEnd = lineEnd(bytes, 0);
	const header = bytes.subarray(0, headerEnd);
	const chunks: Chunk[] = [];
	let start = headerEnd;
	let line = 2;
	while (start < bytes.length) {
		const end = lineEnd(bytes, Math.min(start + opts.chunkBytes, bytes.length) - 1);
		chunks.push({ start, end, firstLine: line });
		line += countLines(bytes, start, end);
		start = end;
	}
	return { header, chunks };
}

/** Index just past the line break at or after `from` (or the end of the bytes). */
function lineEnd(bytes: Uint8Array, from: number): number {
	const at = bytes.indexOf(LF, Math.max(from, 0));
	return at < 0 ? bytes.length : at + 1;
}

function countLines(bytes: Uint8Array, start: number, end: number): number {
	let n = 0;
	for (let i = start; i < end; i++) if (bytes[i] === LF) n++;
	return n;
}

/** The header followed by one chunk's records, as one CSV file's bytes. */
export function chunkFile(opts: {
	bytes: Uint8Array;
	header: Uint8Array;
	chunk: Chunk;
}): Uint8Array {
	const { header, chunk } = opts;
	const out = new Uint8Array(header.length + chunk.end - chunk.start);
	out.set(header, 0);
	out.set(opts.bytes.subarray(chunk.start, chunk.end), header.length);
	return out;
}
