import { describe, expect, it } from 'vitest';
import { parseRange } from './parse-range';

describe('parseRange', () => {
	it.each([
		[null, 1000, null],
		['', 1000, null],
		['bytes=0-99', 1000, { start: 0, end: 99 }],
		['bytes=900-', 1000, { start: 900, end: 999 }],
		['bytes=900-5000', 1000, { start: 900, end: 999 }],
		['bytes=-100', 1000, { start: 900, end: 999 }],
		['bytes=-5000', 1000, { start: 0, end: 999 }],
		['BYTES=10-10', 1000, { start: 10, end: 10 }],
		['bytes=0-1,5-6', 1000, null],
		['items=0-1', 1000, null],
		['bytes=1000-', 1000, 'unsatisfiable'],
		['bytes=50-10', 1000, 'unsatisfiable'],
		['bytes=-0', 1000, 'unsatisfiable'],
		['bytes=-', 1000, 'unsatisfiable'],
		['bytes=abc', 1000, 'unsatisfiable'],
		['bytes=0-', 0, 'unsatisfiable']
	])('%s of %i bytes', (header, size, expected) => {
		expect(parseRange({ header, size })).toEqual(expected);
	});
});
