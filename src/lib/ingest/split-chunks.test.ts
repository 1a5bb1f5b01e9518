import { describe, expect, it } from 'vitest';
import { chunkFile, splitChunks } from './split-chunks';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('splitChunks', () => {
	it.each([
		{ csv: 'h\n', size: 4, parts: [] },
		{
			csv: 'h\na\nb\nc\n',
			size: 1,
			parts: [
				['a\n', 2],
				['b\n', 3],
				['c\n', 4]
			]
		},
		{
			csv: 'h\na\nb\nc\n',
			size: 3,
			parts: [
				['a\nb\n', 2],
				['c\n', 4]
			]
		},
		{
			csv: 'h\r\nab\r\ncd',
			size: 3,
			parts: [
				['ab\r\n', 2],
				['cd', 3]
			]
		},
		{
			csv: 'h\nlong line\nx\n',
			size: 2,
			parts: [
				['long line\n', 2],
				['x\n', 3]
			]
		}
	])('cuts $csv every $size bytes at line breaks', ({ csv, size, parts }) => {
		const source = bytes(csv);
		const { header, chunks } = splitChunks({ bytes: source, chunkBytes: size });
		expect(text(header)).toBe(csv.slice(0, csv.indexOf('\n') + 1));
		expect(chunks.map((c) => [text(source.subarray(c.start, c.end)), c.firstLine])).toEqual(parts);
	});

	it('puts the header back in front of each chunk', () => {
		const source = bytes('h1,h2\n1,2\n3,4\n');
		const { header, chunks } = splitChunks({ bytes: source, chunkBytes: 4 });
		expect(chunks.map((chunk) => text(chunkFile({ bytes: source, header, chunk })))).toEqual([
			'h1,h2\n1,2\n',
			'h1,h2\n3,4\n'
		]);
	});
});
