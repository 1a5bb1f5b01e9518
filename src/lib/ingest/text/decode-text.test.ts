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
		expect(decodeText({ bytes: input })).toEqual({ text, encoding, lineEnding });
	});

	it.each([
		['NUL bytes', bytes('a,b', [0], 'c'), 'binary-file', 'binary data'],
		[
			'xls workbook',
			bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
			'binary-file',
			'an Excel 97–2003 .xls workbook'
		],
		[
			'control characters',
			bytes([1, 2, 3, 4, 5, 6, 7, 8], 'abcdefgh'),
			'binary-file',
			'binary data'
		],
		['UTF-16', bytes([0xff, 0xfe, 0x61, 0]), 'unsupported-encoding', 'UTF-16 ("Unicode text")']
	])('refuses %s', (_, input, rule, value) => {
		const error = thrown(() => decodeText({ bytes: input, fileName: 'x.csv' }));
		expect(error.issue).toMatchObject({ rule, value, file: 'x.csv', severity: 'error' });
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
