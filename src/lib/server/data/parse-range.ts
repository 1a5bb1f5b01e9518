/** A byte range of a file, both ends included, as HTTP states it. */
export interface ByteRange {
	start: number;
	end: number;
}

/**
 * The one byte range a `Range` header asks of a file of `size` bytes: null when there is no
 * header or one this server ignores (several ranges, another unit: the whole file is sent),
 * 'unsatisfiable' when it starts past the end or is malformed (answered with 416).
 * @example parseRange({ header: 'bytes=0-99', size: 1000 }) // { start: 0, end: 99 }
 */
export function parseRange(opts: { header: string | null; size: number }): ByteRange | null | 'unsatisfiable' {
	const header = opts.header?.trim();
	if (!header) return null;
	const ranges = /^bytes=(.*)$/i.exec(header)?.[1];
	if (ranges === undefined || ranges.includes(',')) return null;
	const spec = /^\s*(\d*)\s*-\s*(\d*)\s*$/.exec(ranges);
	if (!spec || (spec[1] === '' && spec[2] === '')) return 'unsatisfiable';
	const { size } = opts;
	if (spec[1] === '') {
		// A suffix: the last N bytes.
		const length = Number(spec[2]);
		if (length === 0 || size === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - length), end: size - 1 };
	}
	const start = Number(spec[1]);
	const end = spec[2] === '' ? size - 1 : Math.min(Number(spec[2]), size - 1);
	if (start >= size || end < start) return 'unsatisfiable';
	return { start, end };
}
