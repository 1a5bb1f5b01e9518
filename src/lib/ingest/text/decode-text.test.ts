import { describe, expect, it } from 'vitest';
import { IngestError } from '../validation/ingest-error';
import { decodeText, detectLineEnding } from './decode-text';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
	new Uint8Array(
		parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p))
	);

const thrown = (fn: () => unknown): IngestError => {
	try {
		fn();
	} catch (e) {
		if (e instanceof IngestError) return e;
	}
	throw new Error('expected an IngestError');
};

describe('decodeText', () => {
	it.each([
		['plain UTF-8', bytes('a,b\n1,2\n'), 'a,b\n1,2\n', 'utf-8', 'lf'],
		[
			'UTF-8 with BOM',
			bytes([0xef, 0xbb, 0xbf], 'LAD17CD\r\nE06'),
			'LAD17CD\r\nE06',
			'utf-8-bom',
			'crlf'
		],
		['UTF-8 £', bytes('Notional Cost (£)'), 'Notional Cost (£)', 'utf-8', 'none'],
		[
			'Windows-1252 £',
			bytes('Notional Cost (', [0xa3], ')\n'),
			'Notional Cost (£)\n',
			'windows-1252',
			'lf'
		],
		['Windows-1252 € and ’', bytes([0x80, 0x20, 0x92]), '€ ’', 'windows-1252', 'none'],
		['BOM then Windows-1252', bytes([0xef, 0xbb, 0xbf, 0xa3], '5'), '£5', 'windows-1252', 'none'],
		['mixed endings', bytes('a\r\nb\nc'), 'a\r\nb\nc', 'utf-8', 'mixed'],
		['empty', bytes(), '', 'utf-8', 'none']
	])('%s', (_, input, text, encoding, lineEnding) => {
		expect(decodeText({ bytes: input })).toEqual({ text, encoding, lineEnding, warnings: [] });
	});

	// Files read all the same, with a warning that says how and on which line.
	it.each<[string, Uint8Array, string, string, number | null]>([
		[
			'a UTF-8 row in a Windows-1252 file',
			bytes('a,', [0xa3], '1\nb,Caf', [0xc3, 0xa9], '\n'),
			'a,£1\nb,Café\n',
			'encoding-mixed',
			2
		],
		[
			'a BOM starting a later row',
			bytes('id\nx\n', [0xef, 0xbb, 0xbf], 'y\n'),
			'id\nx\ny\n',
			'bom-inside',
			3
		],
		['CR-only line breaks', bytes('a,b\r1,2\r'), 'a,b\r1,2\r', 'line-endings-cr', null]
	])('reads %s', (_, input, text, rule, line) => {
		const decoded = decodeText({ bytes: input, fileName: 'x.csv' });
		expect(decoded.text).toBe(text);
		expect(decoded.warnings.map((w) => [w.rule, w.line, w.severity])).toEqual([
			[rule, line, 'warning']
		]);
	});

	it.each([
		['a NUL byte', bytes('a,b\nc,d', [0], 'e\n'), 'nul-character', 'c,d␀e', 2],
		[
			'UTF-16 without a BOM',
			new Uint8Array([...'a,b\n1,2\n'].flatMap((c) => [c.charCodeAt(0), 0])),
			'unsupported-encoding',
			'UTF-16 ("Unicode text")',
			null
		],
		['mostly NUL bytes', bytes('a', [0, 0, 0, 0, 0], 'b'), 'binary-file', 'binary data', null],
		[
			'xls workbook',
			bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
			'binary-file',
			'an Excel 97–2003 .xls workbook',
			null
		],
		[
			'control characters',
			bytes([1, 2, 3, 4, 5, 6, 7, 8], 'abcdefgh'),
			'binary-file',
			'binary data',
			null
		],
		[
			'UTF-16',
			bytes([0xff, 0xfe, 0x61, 0]),
			'unsupported-encoding',
			'UTF-16 ("Unicode text")',
			null
		]
	])('refuses %s', (_, input, rule, value, line = null) => {
		const error = thrown(() => decodeText({ bytes: input, fileName: 'x.csv' }));
		expect(error.issue).toMatchObject({ rule, value, line, file: 'x.csv', severity: 'error' });
		expect(error.message).toContain("'x.csv'");
	});
});

describe('detectLineEnding', () => {
	it.each([
		['a\r\nb\r\n', 'crlf'],
		['a\nb', 'lf'],
		['a\rb\r', 'cr'],
		['a\r\nb\rc', 'mixed'],
		['abc', 'none']
	])('%j → %s', (text, ending) => {
		expect(detectLineEnding({ text })).toBe(ending);
	});
});
