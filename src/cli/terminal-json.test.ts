import { describe, expect, it } from 'vitest';
import { escapeControls } from '../lib/ingest/text/escape-controls';
import { terminalJson } from './terminal-json';

describe('terminalJson', () => {
	it.each([
		['an ESC', 'Theft\u001b[2J'],
		['a C1 control sequence introducer', 'Theft\u009b2J'],
		['a right-to-left override', 'Theft\u202eyrag'],
		['DEL and a line separator', 'a\u007fb\u2028c'],
		['plain text', 'Café, £5']
	])('escapes %s and still parses to the same value', (_, label) => {
		const text = terminalJson({ label, n: 1 });
		expect(JSON.parse(text)).toEqual({ label, n: 1 });
		const lines = text.split('\n');
		expect(lines.filter((l) => l !== escapeControls({ text: l }))).toEqual([]);
	});
});
