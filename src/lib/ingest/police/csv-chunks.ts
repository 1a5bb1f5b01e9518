import type { ByteSource } from '../file-body';
import { BlankLineFinder } from './find-blank-lines';
import { hasOnlyLineEndings, withLineEndings } from './line-endings';
import { countFields, findTrailingFields } from './find-trailing-fields';
import { removeBoms } from './remove-boms';

const LF = 10;
const CR = 13;
/** How much more to read at a time while looking for the end of a line. */
const STEP = 64 * 1024;

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
	/** Lines a byte-order mark was removed from (see removeBoms). */
	bomLines: number[];
	/** Lines with empty fields beyond the header's (see findTrailingFields). */
	trailingLines: number[];
}

/**
 * Cuts a CSV's records after its header into slices of about `chunkBytes` (the first of
 * `firstChunkBytes`, each next one twice as big up to `chunkBytes`), each ending at the last line
 * break within that size (a longer line is read whole). A slice is read, copied once and scanned
 * only when asked for, so that work can run while DuckDB reads the slice before. A slice whose
 * line breaks are not all like the header's is rewritten with the header's, and one holding a
 * byte-order mark is copied without it. Quoted line
 * breaks are not looked for: police.uk files have none, and a quote cut in two is reported by the
 * CSV reader as an unclosed quote.
 * @example for await (const chunk of csvChunks({ source, chunkBytes: 32 << 20 })) await load(chunk.file)
 */
export async function* csvChunks(opts: {
	source: ByteSource;
	chunkBytes: number;
	firstChunkBytes?: number;
}): AsyncGenerator<CsvChunk> {
	const { source } = opts;
	const header = await readHeaderLine(source);
	const crlf = header.at(-2) === CR && header.at(-1) === LF;
	const width = countFields({ bytes: header, start: 0, end: header.length - (crlf ? 2 : 1) });
	const lines = new BlankLineFinder({ line: 2 });
	let size = Math.min(opts.chunkBytes, opts.firstChunkBytes ?? opts.chunkBytes);
	let carry: Uint8Array = new Uint8Array(0);
	let read = header.length;
	while (read < source.size) {
		// A line longer than the chunk is read on in ever bigger pieces, so it costs linear time.
		const want = carry.length < size ? size - carry.length : carry.length;
		const end = Math.min(source.size, read + want);
		const piece = await source.read({ start: read, end });
		read = end;
		const cut = read < source.size ? piece.lastIndexOf(LF) + 1 : piece.length;
		if (cut === 0) {
			carry = concat([carry, piece]);
			continue;
		}
		const joined = concat([header, carry, piece.subarray(0, cut)]);
		const uniform = hasOnlyLineEndings({ bytes: joined, start: header.length, crlf })
			? joined
			: withLineEndings({ bytes: joined, crlf });
		carry = piece.slice(cut);
		size = Math.min(opts.chunkBytes, size * 2);
		// Copying and scanning 32 MB at one go would hold the page up for a tenth of a second.
		await nextTask();
		const firstLine = lines.line;
		const { bytes: file, lines: bomLines } = removeBoms({
			bytes: uniform,
			start: header.length,
			firstLine
		});
		const blankLines = lines.scan({ bytes: file, start: header.length, end: file.length });
		const body = { bytes: file, start: header.length, end: file.length };
		const trailingLines = findTrailingFields({ ...body, width, firstLine });
		yield { file, end: read - carry.length, firstLine, blankLines, bomLines, trailingLines };
	}
}

/** The header line, its line break included (all of the source when it has none). */
async function readHeaderLine(source: ByteSource): Promise<Uint8Array> {
	let head: Uint8Array = new Uint8Array(0);
	for (let at = 0; at < source.size;) {
		const piece = await source.read({ start: at, end: Math.min(source.size, at + STEP) });
		const found = piece.indexOf(LF);
		if (found >= 0) return concat([head, piece.subarray(0, found + 1)]);
		head = concat([head, piece]);
		at += piece.length;
	}
	return head;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
