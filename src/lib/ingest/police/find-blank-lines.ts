const LF = 10;
const CR = 13;

/**
 * The 1-based numbers of empty lines that have a record after them. DuckDB's CSV reader skips
 * them without a word, so they are needed to give every staged row its true file line.
 * @example findBlankLines({ bytes: new TextEncoder().encode('h\na\n\r\nb\n\n') }) // [3]
 */
export function findBlankLines(opts: { bytes: Uint8Array }): number[] {
	const { bytes } = opts;
	const blank: number[] = [];
	let pending: number[] = [];
	let line = 1;
	let start = 0;
	while (start < bytes.length) {
		const at = bytes.indexOf(LF, start);
		const end = at < 0 ? bytes.length : at;
		const empty = end === start || (end === start + 1 && bytes[start] === CR);
		if (empty) pending.push(line);
		else if (pending.length) {
			blank.push(...pending);
			pending = [];
		}
		line++;
		start = end + 1;
	}
	return blank;
}
