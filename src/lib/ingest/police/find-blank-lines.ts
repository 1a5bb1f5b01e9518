const LF = 10;
const CR = 13;

/**
 * Finds empty lines range by range (ranges in file order, each starting at a line), counting lines
 * as it goes. DuckDB's CSV reader skips empty lines without a word, so they are needed to give
 * every staged row its true file line; only empty lines with a record after them count.
 * @example new BlankLineFinder({ line: 2 }).scan({ bytes, start: headerEnd, end: bytes.length })
 */
export class BlankLineFinder {
	/** 1-based file line the next range starts on. */
	line: number;
	#pending: number[] = [];

	constructor(opts: { line: number }) {
		this.line = opts.line;
	}

	/** Scans `bytes[start, end)` and returns the empty lines now known to have a record after them. */
	scan(opts: { bytes: Uint8Array; start: number; end: number }): number[] {
		const { bytes, end } = opts;
		const blank: number[] = [];
		let start = opts.start;
		while (start < end) {
			const at = bytes.indexOf(LF, start);
			const stop = at < 0 || at >= end ? end : at;
			const empty = stop === start || (stop === start + 1 && bytes[start] === CR);
			if (empty) this.#pending.push(this.line);
			else if (this.#pending.length) {
				blank.push(...this.#pending);
				this.#pending = [];
			}
			this.line++;
			start = stop + 1;
		}
		return blank;
	}
}

/**
 * The 1-based numbers of empty lines that have a record after them.
 * @example findBlankLines({ bytes: new TextEncoder().encode('h\na\n\r\nb\n\n') }) // [3]
 */
export function findBlankLines(opts: { bytes: Uint8Array }): number[] {
	return new BlankLineFinder({ line: 1 }).scan({ ...opts, start: 0, end: opts.bytes.length });
}
