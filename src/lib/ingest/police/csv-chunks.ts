import { BlankLineFinder } from './find-blank-lines';

const LF = 10;

/** One slice of a CSV's records, as a CSV file of its own (the header put back in front). */
export interface CsvChunk {
	/** The header and the slice's records: a fresh copy, free to hand over to DuckDB. */
	file: Uint8Array;
	/** Byte offset just past the slice in the whole file. */
	end: number;
	/** 1-based file line of the slice's first record (the header is line 1). */
	firstLine: number;
	/** Empty lines found so far that have a record after them (see BlankLineFinder). */
	blankLines: number[];
}

/**
 * Cuts a CSV's records after its header into slices of about `chunkBytes` (the first of at most
 * `firstChunkBytes`), each ending at a line break, one at a time: a slice is copied and scanned
 * only when asked for, so that work can run while DuckDB reads the slice before. Quoted line
 * breaks are not looked for: police.uk files have none, and a quote cut in two is reported by
 * the CSV reader as an unclosed quote.
 * @example for (const chunk of csvChunks({ bytes, chunkBytes: 32 << 20 })) await load(chunk.file)
 */
export function* csvChunks(opts: {
	bytes: Uint8Array;
	chunkBytes: number;
	firstChunkBytes?: number;
}): Generator<CsvChunk> {
	const { bytes } = opts;
	let size = Math.min(opts.chunkBytes, opts.firstChunkBytes ?? opts.chunkBytes);
	const header = bytes.subarray(0, lineEnd(bytes, 0));
	const lines = new BlankLineFinder({ line: 2 });
	let start = header.length;
	while (start < bytes.length) {
		const end = lineEnd(bytes, Math.min(start + size, bytes.length) - 1);
		size = opts.chunkBytes;
		const file = new Uint8Array(header.length + end - start);
		file.set(header, 0);
		file.set(bytes.subarray(start, end), header.length);
		const firstLine = lines.line;
		const blankLines = lines.scan({ bytes, start, end });
		yield { file, end, firstLine, blankLines };
		start = end;
	}
}

/** Index just past the line break at or after `from` (or the end of the bytes). */
function lineEnd(bytes: Uint8Array, from: number): number {
	const at = bytes.indexOf(LF, Math.max(from, 0));
	return at < 0 ? bytes.length : at + 1;
}
