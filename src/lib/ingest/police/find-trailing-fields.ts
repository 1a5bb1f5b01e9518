const LF = 10;
const CR = 13;
const COMMA = 44;
const QUOTE = 34;

/**
 * The number of fields in `bytes[start, end)`, commas inside quotes not counted.
 * @example countFields({ bytes: encode('a,"b,c",d'), start: 0, end: 9 }) // 3
 */
export function countFields(opts: { bytes: Uint8Array; start: number; end: number }): number {
	const { bytes, end } = opts;
	let fields = 1;
	let quoted = false;
	for (let i = opts.start; i < end; i++) {
		const b = bytes[i];
		if (b === QUOTE) quoted = !quoted;
		else if (b === COMMA && !quoted) fields++;
	}
	return fields;
}

/**
 * Lines of `bytes[start, end)` (the first is `firstLine`) with more than `width` fields, the
 * extra ones empty: DuckDB's CSV reader drops those without a word. Only lines ending in two or
 * more commas are counted through, as police.uk's last column (Context) is always empty.
 * @example findTrailingFields({ bytes: encode('a,b,,,\n'), start: 0, end: 7, width: 2, firstLine: 2 }) // [2]
 */
export function findTrailingFields(opts: {
	bytes: Uint8Array;
	start: number;
	end: number;
	width: number;
	firstLine: number;
}): number[] {
	const { bytes, end, width } = opts;
	const found: number[] = [];
	let line = opts.firstLine;
	for (let start = opts.start; start < end; line++) {
		const at = bytes.indexOf(LF, start);
		const next = at < 0 || at >= end ? end : at + 1;
		let stop = next === at + 1 ? at : end;
		if (stop > start && bytes[stop - 1] === CR) stop--;
		if (bytes[stop - 1] === COMMA && bytes[stop - 2] === COMMA && stop - start >= 2) {
			if (countFields({ bytes, start, end: stop }) > width) found.push(line);
		}
		start = next;
	}
	return found;
}
