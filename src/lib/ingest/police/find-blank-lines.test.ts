import { describe, expect, it } from 'vitest';
import { BlankLineFinder, findBlankLines } from './find-blank-lines';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('findBlankLines', () => {
	it.each([
		['h\na\nb\n', []],
		['h\na\n\nb\n', [3]],
		['h\r\na\r\n\r\n\r\nb\r\n', [3, 4]],
		['h\na\n\n\n', []],
		['h\n\na', [2]],
		['h\na\n \nb\n', []],
		['', []]
	])('%j → %j', (text, lines) => {
		expect(findBlankLines({ bytes: utf8(text) })).toEqual(lines);
	});

	it('scans range by range, counting lines and holding blank lines until a record follows', () => {
		const bytes = utf8('h\na\n\n\nb\n');
		const finder = new BlankLineFinder({ line: 2 });
		expect(finder.scan({ bytes, start: 2, end: 5 })).toEqual([]);
		expect(finder.line).toBe(4);
		expect(finder.scan({ bytes, start: 5, end: 8 })).toEqual([3, 4]);
		expect(finder.line).toBe(6);
	});
});
