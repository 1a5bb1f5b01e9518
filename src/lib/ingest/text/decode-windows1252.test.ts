import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from './decode-windows1252';

describe('decodeWindows1252', () => {
	it.each([
		[[0xa3, 0x35], '£5'],
		[[0x80], '€'],
		[[0x92, 0x93, 0x94], '’“”'],
		[[0x96, 0x97], '–—'],
		[[0x9f], 'Ÿ'],
		[[0x81, 0x8d], '\u0081\u008d'],
		[[0xe9, 0x41], 'éA']
	])('%j → %s', (input, text) => {
		expect(decodeWindows1252({ bytes: new Uint8Array(input) })).toBe(text);
	});
});
