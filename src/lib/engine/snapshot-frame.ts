/** One table of the snapshot: its Parquet bytes and how many rows they hold. */
export interface SnapshotPart {
	table: string;
	rows: number;
	bytes: Uint8Array;
}

interface Entry {
	table: string;
	rows: number;
	offset: number;
	length: number;
}

/**
 * Frames the snapshot tables in one body: a 4-byte little-endian manifest length, the manifest
 * (JSON: each table's name, rows, and its bytes' offset and length after the manifest), the bytes.
 * @example const body = frameSnapshot({ parts: [{ table: 'breaks', rows: 2, bytes }] });
 */
export function frameSnapshot(opts: { parts: readonly SnapshotPart[] }): Uint8Array<ArrayBuffer> {
	let offset = 0;
	const entries: Entry[] = opts.parts.map(({ table, rows, bytes }) => {
		const entry = { table, rows, offset, length: bytes.length };
		offset += bytes.length;
		return entry;
	});
	const manifest = new TextEncoder().encode(JSON.stringify(entries));
	const body = new Uint8Array(4 + manifest.length + offset);
	new DataView(body.buffer).setUint32(0, manifest.length, true);
	body.set(manifest, 4);
	opts.parts.forEach((p, i) => body.set(p.bytes, 4 + manifest.length + entries[i]!.offset));
	return body;
}

/**
 * The tables in a body made by `frameSnapshot`, each a view of the body (no copy); throws on a
 * truncated or malformed body rather than loading part of it.
 * @example for (const part of readSnapshotFrame({ body })) load(part);
 */
export function readSnapshotFrame(opts: { body: Uint8Array }): SnapshotPart[] {
	const { body } = opts;
	if (body.length < 4) throw new Error('The snapshot is empty.');
	const size = new DataView(body.buffer, body.byteOffset, body.length).getUint32(0, true);
	if (4 + size > body.length) throw new Error('The snapshot is cut short in its manifest.');
	let entries: Entry[];
	try {
		entries = JSON.parse(new TextDecoder().decode(body.subarray(4, 4 + size)));
	} catch {
		throw new Error('The snapshot manifest is not JSON.');
	}
	if (!Array.isArray(entries)) throw new Error('The snapshot manifest is not a list.');
	const start = 4 + size;
	return entries.map((e) => {
		const valid = [e.offset, e.length, e.rows].every((n) => Number.isInteger(n) && n >= 0);
		if (!valid || typeof e.table !== 'string') throw new Error('A snapshot entry is malformed.');
		if (start + e.offset + e.length > body.length)
			throw new Error(`The snapshot is cut short in ${e.table}.`);
		const bytes = body.subarray(start + e.offset, start + e.offset + e.length);
		return { table: e.table, rows: e.rows, bytes };
	});
}
