const LF = 10;
const CR = 13;

/**
 * True when every line break in `bytes[start, end)` is CRLF (`crlf`) or every one is a bare LF —
 * DuckDB's CSV reader stops at the first line that breaks the other way.
 * @example hasOnlyLineEndings({ bytes: encode('a\r\nb\n'), start: 0, crlf: false }) // false
 */
export function hasOnlyLineEndings(opts: {
	bytes: Uint8Array;
	start: number;
	crlf: boolean;
}): boolean {
	const { bytes, crlf } = opts;
	if (!crlf) {
		for (let at = bytes.indexOf(CR, opts.start); at >= 0; at = bytes.indexOf(CR, at + 1))
			if (bytes[at + 1] === LF) return false;
		return true;
	}
	for (let at = bytes.indexOf(LF, opts.start); at >= 0; at = bytes.indexOf(LF, at + 1))
		if (at === 0 || bytes[at - 1] !== CR) return false;
	return true;
}

/**
 * A copy of `bytes` with every line break written as CRLF (`crlf`) or as a bare LF; the number of
 * lines stays the same, so line numbers still hold.
 * @example withLineEndings({ bytes: encode('a\r\nb\n'), crlf: false }) // 'a\nb\n'
 */
export function withLineEndings(opts: { bytes: Uint8Array; crlf: boolean }): Uint8Array {
	const { bytes, crlf } = opts;
	const out = new Uint8Array(crlf ? bytes.length * 2 : bytes.length);
	let length = 0;
	for (let i = 0; i < bytes.length; i++) {
		const byte = bytes[i]!;
		if (byte === CR && bytes[i + 1] === LF) continue;
		if (byte === LF && crlf) out[length++] = CR;
		out[length++] = byte;
	}
	return out.slice(0, length);
}
