import { describe, expect, it } from 'vitest';
import { safeEntryName } from './safe-entry-name';

describe('safeEntryName', () => {
	it.each([
		['2021-06/2021-06-city-of-london-street.csv', '2021-06/2021-06-city-of-london-street.csv'],
		['a.csv', 'a.csv'],
		['../../x.csv', 'x.csv'],
		['2021-06/../../../etc/x.csv', 'x.csv'],
		['/etc/x.csv', 'x.csv'],
		['..\\..\\windows\\x.csv', 'x.csv'],
		['C:/temp/x.csv', 'x.csv'],
		['C:x.csv', 'x.csv'],
		['./x.csv', 'x.csv'],
		['a\u0000b/\u001bx.csv', 'x.csv'],
		['../', 'unnamed.csv'],
		['..', 'unnamed.csv']
	])('%j becomes %j', (name, safe) => {
		expect(safeEntryName(name)).toBe(safe);
	});
});
