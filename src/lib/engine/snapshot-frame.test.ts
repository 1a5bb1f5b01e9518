import { describe, expect, it } from 'vitest';
import { frameSnapshot, readSnapshotFrame, type SnapshotPart } from './snapshot-frame';

const bytes = (...values: number[]) => new Uint8Array(values);
const PARTS: SnapshotPart[] = [
	{ table: 'uploads', rows: 3, bytes: bytes(1, 2, 3) },
	{ table: 'breaks', rows: 0, bytes: bytes() },
	{ table: 'café "x"', rows: 1, bytes: bytes(255, 0, 10, 13) }
];

describe('frameSnapshot and readSnapshotFrame', () => {
	it.each([[[]], [PARTS.slice(0, 1)], [PARTS]])('round-trips %#', (parts) => {
		expect(readSnapshotFrame({ body: frameSnapshot({ parts }) })).toEqual(parts);
	});

	it('lays out length, manifest, then the bytes in order', () => {
		const body = frameSnapshot({ parts: PARTS.slice(0, 2) });
		const manifest = JSON.stringify([
			{ table: 'uploads', rows: 3, offset: 0, length: 3 },
			{ table: 'breaks', rows: 0, offset: 3, length: 0 }
		]);
		expect(new DataView(body.buffer).getUint32(0, true)).toBe(manifest.length);
		expect(new TextDecoder().decode(body.subarray(4, 4 + manifest.length))).toBe(manifest);
		expect([...body.subarray(4 + manifest.length)]).toEqual([1, 2, 3]);
	});

	it('reads a body that is a view into a larger buffer', () => {
		const body = frameSnapshot({ parts: PARTS });
		const larger = new Uint8Array(body.length + 7);
		larger.set(body, 5);
		expect(readSnapshotFrame({ body: larger.subarray(5, 5 + body.length) })).toEqual(PARTS);
	});

	const whole = frameSnapshot({ parts: PARTS });
	const withManifest = (text: string) => {
		const manifest = new TextEncoder().encode(text);
		const body = new Uint8Array(4 + manifest.length);
		new DataView(body.buffer).setUint32(0, manifest.length, true);
		body.set(manifest, 4);
		return body;
	};
	it.each([
		['empty', bytes(), 'The snapshot is empty.'],
		['cut in the manifest', whole.subarray(0, 20), 'The snapshot is cut short in its manifest.'],
		[
			'cut in the data',
			whole.subarray(0, whole.length - 1),
			'The snapshot is cut short in café "x".'
		],
		['manifest not JSON', withManifest('{no'), 'The snapshot manifest is not JSON.'],
		['manifest not a list', withManifest('{}'), 'The snapshot manifest is not a list.'],
		[
			'negative offset',
			withManifest('[{"table":"t","rows":0,"offset":-1,"length":0}]'),
			'A snapshot entry is malformed.'
		]
	])('refuses a body %s', (_, body, message) => {
		expect(() => readSnapshotFrame({ body })).toThrow(message);
	});
});
