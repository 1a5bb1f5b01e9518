import { describe, expect, it } from 'vitest';
import { countFields, findTrailingFields } from './find-trailing-fields';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('findTrailingFields', () => {
	it.each<[string, string, number, number[]]>([
		['none', 'a,b,\r\nc,,\n', 3, []],
		['extra empty fields', 'a,b,c\n1,2,,,\n3,,\n4,5,6,,\n', 3, [2, 4]],
		['CRLF', 'a,b,,\r\n', 2, [1]],
		['a quoted comma is one field', '"x,y",,\n', 3, []],
		['200,000 of them', `a,b${','.repeat(200_000)}\n`, 2, [1]],
		['no final line break', 'a,,,', 2, [1]]
	])('%s', (_, csv, width, lines) => {
		const b = bytes(csv);
		expect(findTrailingFields({ bytes: b, start: 0, end: b.length, width, firstLine: 1 })).toEqual(
			lines
		);
	});

	it('counts fields outside quotes', () => {
		const b = bytes('a,"b,c",,d');
		expect(countFields({ bytes: b, start: 0, end: b.length })).toBe(4);
	});
});
