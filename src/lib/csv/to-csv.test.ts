import { describe, expect, it } from 'vitest';
import { toCsv } from './to-csv';

describe('toCsv', () => {
	it.each([
		{ rows: [{ a: 1, b: 'x' }], csv: 'a,b\n1,x\n' },
		{ rows: [{ a: null, b: undefined }], csv: 'a,b\n,\n' },
		{ rows: [{ a: 'say "hi", twice' }], csv: 'a\n"say ""hi"", twice"\n' },
		{ rows: [{ a: 'two\nlines' }], csv: 'a\n"two\nlines"\n' },
		{ rows: [{ a: ' padded ' }], csv: 'a\n" padded "\n' },
		{ rows: [], csv: '\n' }
	])('writes $csv', ({ rows, csv }) => {
		expect(toCsv({ rows })).toBe(csv);
	});
});
