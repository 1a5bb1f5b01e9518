import { describe, expect, it } from 'vitest';
import { byteSource } from '../file-body';
import { csvChunks } from './csv-chunks';
import { findBlankLines } from './find-blank-lines';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytes = (s: string) => new TextEncoder().encode(s);
const chunksOf = async (body: Uint8Array | Blob, chunkBytes: number, firstChunkBytes?: number) => {
	const out = [];
	for await (const c of csvChunks({ source: byteSource(body), chunkBytes, firstChunkBytes }))
		out.push(c);
	return out;
};

describe('csvChunks', () => {
	it.each([
		{ csv: 'h\n', size: 4, parts: [] },
		{
			csv: 'h\na\nb\nc\n',
			size: 1,
			parts: [
				['h\na\n', 2],
				['h\nb\n', 3],
				['h\nc\n', 4]
			]
		},
		{
			csv: 'h\na\nb\nc\n',
			size: 3,
			parts: [
				['h\na\n', 2],
				['h\nb\n', 3],
				['h\nc\n', 4]
			]
		},
		{
			csv: 'h\r\nab\r\ncd',
			size: 3,
			parts: [['h\r\nab\r\ncd', 2]]
		},
		{
			csv: 'h\nlong line\nx\n',
			size: 2,
			parts: [['h\nlong line\nx\n', 2]]
		},
		{
			csv: 'h\na\n\n\nb\n',
			size: 2,
			parts: [
				['h\na\n', 2],
				['h\n\n\n', 3],
				['h\nb\n', 5]
			]
		}
	])(
		'cuts $csv every $size bytes at line breaks, the header in front',
		async ({ csv, size, parts }) => {
			for (const body of [bytes(csv), new Blob([csv])]) {
				const chunks = await chunksOf(body, size);
				expect(chunks.map((c) => [text(c.file), c.firstLine])).toEqual(parts);
				if (chunks.length) expect(chunks.at(-1)!.end).toBe(csv.length);
			}
		}
	);

	it('reads a line far longer than a chunk whole, in pieces that double, from a Blob', async () => {
		const long = 'x'.repeat(200_000);
		const csv = `h\n${long}\nb\nc\n`;
		const reads: number[] = [];
		const source = byteSource(new Blob([csv]));
		const counted = {
			...source,
			read: (r: { start: number; end: number }) => (reads.push(r.end - r.start), source.read(r))
		};
		const chunks = [];
		for await (const c of csvChunks({ source: counted, chunkBytes: 10 })) chunks.push(text(c.file));
		expect(chunks).toEqual([csv]);
		expect(reads.length).toBeLessThan(25);
	});

	it('makes the first chunk small when asked, then doubles up to full size', async () => {
		const csv = bytes('h\n' + 'abcdefghi\n'.repeat(10));
		const sizes = (await chunksOf(csv, 40, 10)).map((c) => c.file.length - 2);
		expect(sizes).toEqual([10, 20, 40, 30]);
	});

	it('finds the same blank lines as a whole-file scan, across chunk ends', async () => {
		const csv = 'h\na\n\n\nb\r\n\r\nc\n\nd\n\n';
		for (const size of [1, 2, 3, 5, 100]) {
			const chunks = await chunksOf(bytes(csv), size);
			expect(chunks.flatMap((c) => c.blankLines)).toEqual(findBlankLines({ bytes: bytes(csv) }));
		}
	});

	it('removes byte-order marks after the header, naming their lines, across chunk ends', async () => {
		const csv = 'h\na\n\uFEFFb,\uFEFFc\nd\n\uFEFFe\n';
		for (const size of [1, 4, 100]) {
			const chunks = await chunksOf(bytes(csv), size);
			expect(chunks.map((c) => text(c.file).slice(2)).join('')).toBe('a\nb,c\nd\ne\n');
			expect(chunks.flatMap((c) => c.bomLines)).toEqual([3, 5]);
		}
	});

	it('hands out a fresh copy of each chunk', async () => {
		const source = bytes('h1,h2\n1,2\n3,4\n');
		const [first] = await chunksOf(source, 4);
		first!.file[0] = 0;
		expect(text(source)).toBe('h1,h2\n1,2\n3,4\n');
	});
});
