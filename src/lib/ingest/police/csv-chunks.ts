import type { ByteSource } from '../file-body';
import { BlankLineFinder } from './find-blank-lines';

const LF = 10;
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
}

/**
 * Cuts a CSV's records after its header into slices of about `chunkBytes` (the first of
 * `firstChunkBytes`, each next one twice as big up to `chunkBytes`), each ending at the first line break at or after that size. A slice is read,
 * copied and scanned only when asked for, so that work can run while DuckDB reads the slice
 * before. Quoted line breaks are not looked for: police.uk files have none, and a quote cut in two
 * is reported by the CSV reader as an unclosed quote.
 * @example for await (const chunk of csvChunks({ source, chunkBytes: 32 << 20 })) await load(chunk.file)
 */
export async function* csvChunks(opts: {
	source: ByteSource;
	chunkBytes: number;
	firstChunkBytes?: number;
}): AsyncGenerator<CsvChunk> {
	const reader = new LineReader(opts.source);
	const header = reader.take(await reader.lineEnd(0)).slice();
	const lines = new BlankLineFinder({ line: 2 });
	let size = Math.min(opts.chunkBytes, opts.firstChunkBytes ?? opts.chunkBytes);
	let end = header.length;
	while (await reader.more(size)) {
		const records = reader.take(await reader.lineEnd(size - 1));
		size = Math.min(opts.chunkBytes, size * 2);
		const file = new Uint8Array(header.length + records.length);
		file.set(header, 0);
		file.set(records, header.length);
		const firstLine = lines.line;
		const blankLines = lines.scan({ bytes: file, start: header.length, end: file.length });
		end += records.length;
		yield { file, end, firstLine, blankLines };
	}
}

/** Bytes read from a source but not yet handed out, read further on demand. */
class LineReader {
	#source: ByteSource;
	#read = 0;
	#buffered: Uint8Array = new Uint8Array(0);

	constructor(source: ByteSource) {
		this.#source = source;
	}

	/** Reads until `want` bytes are buffered or the source ends; whether any are buffered. */
	async more(want: number): Promise<boolean> {
		const { size } = this.#source;
		if (this.#buffered.length < want && this.#read < size) {
			const end = Math.min(size, this.#read + want - this.#buffered.length);
			const piece = await this.#source.read({ start: this.#read, end });
			this.#read = end;
			this.#buffered = this.#buffered.length ? concat(this.#buffered, piece) : piece;
		}
		return this.#buffered.length > 0;
	}

	/** Index just past the first line break at or after `from`, or the end of the source. */
	async lineEnd(from: number): Promise<number> {
		for (let at = Math.max(from, 0); ;) {
			const found = this.#buffered.indexOf(LF, at);
			if (found >= 0) return found + 1;
			at = Math.max(at, this.#buffered.length);
			if (this.#read >= this.#source.size) return this.#buffered.length;
			await this.more(this.#buffered.length + STEP);
		}
	}

	/** Hands out the first `count` buffered bytes. */
	take(count: number): Uint8Array {
		const taken = this.#buffered.subarray(0, count);
		this.#buffered = this.#buffered.subarray(count);
		return taken;
	}
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a, 0);
	out.set(b, a.length);
	return out;
}
