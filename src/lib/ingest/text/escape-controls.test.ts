import { describe, expect, it } from 'vitest';
import { escapeControls } from './escape-controls';

describe('escapeControls', () => {
	it.each([
		['plain text and accents', 'Café, £5 – ok', 'Café, £5 – ok'],
		['a screen-clearing escape', 'a\u001b[2Jb', 'a\\x1b[2Jb'],
		['a bell and a backspace', 'x\u0007\u0008', 'x\\x07\\x08'],
		['line breaks and tabs', 'a\r\nb\tc', 'a\\r\\nb\\tc'],
		['a C1 control sequence introducer', 'a\u009b2J', 'a\\x9b2J'],
		['a right-to-left override', 'abc\u202edef', 'abc\\u202edef'],
		['NUL and DEL', '\u0000\u007f', '\\x00\\x7f']
	])('%s', (_, text, shown) => {
		expect(escapeControls({ text })).toBe(shown);
	});
});
