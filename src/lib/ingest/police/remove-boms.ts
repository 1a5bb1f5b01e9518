const LF = 10;
const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Removes UTF-8 byte-order marks from `bytes[start…]` (two exports joined leave the second one's
 * mark inside a row, where it would cling to a crime ID), returning the 1-based lines they were
 * on, counted from `firstLine` at `start`. Returns the same bytes when there is none.
 * @example removeBoms({ bytes: encode('h\na\n\uFEFFb\n'), start: 2, firstLine: 2 }).lines // [3]
 */
export function removeBoms(opts: { bytes: Uint8Array; start: number; firstLine: number }): {
	bytes: Uint8Array;
	lines: number[];
} {
	const { bytes, start } = opts;
	const at: number[] = [];
	for (let i = bytes.indexOf(BOM[0], start); i >= 0; i = bytes.indexOf(BOM[0], i + 1))
		if (bytes[i + 1] === BOM[1] && bytes[i + 2] === BOM[2]) at.push(i);
	if (at.length === 0) return { bytes, lines: [] };
	const out = new Uint8Array(bytes.length - at.length * BOM.length);
	const lines: number[] = [];
	let line = opts.firstLine;
	let from = start;
	let written = 0;
	out.set(bytes.subarray(0, start));
	written = start;
	for (const i of at) {
		for (let lf = bytes.indexOf(LF, from); lf >= 0 && lf < i; lf = bytes.indexOf(LF, lf + 1))
			line++;
		if (lines.at(-1) !== line) lines.push(line);
		out.set(bytes.subarray(from, i), written);
		written += i - from;
		from = i + BOM.length;
	}
	out.set(bytes.subarray(from), written);
	return { bytes: out, lines };
}
