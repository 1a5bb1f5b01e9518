import { describe, expect, it } from 'vitest';
import { hasOnlyLineEndings, withLineEndings } from './line-endings';

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('line endings', () => {
	it.each([
		{
			text: 'h\na\n\nb\n',
			crlf: false,
			only: true,
			lf: 'h\na\n\nb\n',
			crlfText: 'h\r\na\r\n\r\nb\r\n'
		},
		{
			text: 'h\na\n\r\n\nb\n',
			crlf: false,
			only: false,
			lf: 'h\na\n\n\nb\n',
			crlfText: 'h\r\na\r\n\r\n\r\nb\r\n'
		},
		{
			text: 'h\r\na\r\n\r\nb',
			crlf: true,
			only: true,
			lf: 'h\na\n\nb',
			crlfText: 'h\r\na\r\n\r\nb'
		},
		{
			text: 'h\r\na\nb\r\n',
			crlf: true,
			only: false,
			lf: 'h\na\nb\n',
			crlfText: 'h\r\na\r\nb\r\n'
		},
		{ text: 'a\rb\n', crlf: false, only: true, lf: 'a\rb\n', crlfText: 'a\rb\r\n' },
		{ text: '\na', crlf: true, only: false, lf: '\na', crlfText: '\r\na' }
	])('$text: only one kind $only; as LF and as CRLF', ({ text, crlf, only, lf, crlfText }) => {
		const bytes = encode(text);
		expect(hasOnlyLineEndings({ bytes, start: 0, crlf })).toBe(only);
		expect(decode(withLineEndings({ bytes, crlf: false }))).toBe(lf);
		expect(decode(withLineEndings({ bytes, crlf: true }))).toBe(crlfText);
		const lines = (s: string) => s.split('\n').length;
		expect(lines(decode(withLineEndings({ bytes, crlf })))).toBe(lines(text));
	});
});
