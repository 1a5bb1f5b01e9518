/** A file's bytes: in memory, or a Blob (a chosen File) read slice by slice when needed. */
export type FileBody = Uint8Array | Blob;

/** Reads byte ranges of a file, so a large upload is never held whole just to be checked. */
export interface ByteSource {
	size: number;
	read(range: { start: number; end: number }): Promise<Uint8Array>;
}

/**
 * A ByteSource over a file body: views into bytes in memory, or slices of a Blob read on demand.
 * @example await byteSource(new Uint8Array([1, 2, 3])).read({ start: 1, end: 3 }) // Uint8Array [2, 3]
 */
export function byteSource(body: FileBody): ByteSource {
	if (body instanceof Uint8Array)
		return { size: body.length, read: async ({ start, end }) => body.subarray(start, end) };
	return {
		size: body.size,
		read: async ({ start, end }) => new Uint8Array(await body.slice(start, end).arrayBuffer())
	};
}

/**
 * The first `bytes` bytes of a file body (all of it when shorter).
 * @example await readHead({ body: file, bytes: 65_536 })
 */
export function readHead(opts: { body: FileBody; bytes: number }): Promise<Uint8Array> {
	const source = byteSource(opts.body);
	return source.read({ start: 0, end: Math.min(opts.bytes, source.size) });
}

/**
 * The whole of a file body in memory.
 * @example await readAll({ body: file }) // Uint8Array of file.size bytes
 */
export async function readAll(opts: { body: FileBody }): Promise<Uint8Array> {
	const { body } = opts;
	return body instanceof Uint8Array ? body : new Uint8Array(await body.arrayBuffer());
}
