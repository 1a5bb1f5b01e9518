import { describe, expect, it } from 'vitest';
import { findBlankLines } from './find-blank-lines';

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
		expect(findBlankLines({ bytes: new TextEncoder().encode(text) })).toEqual(lines);
	});
});
