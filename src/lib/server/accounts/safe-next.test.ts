import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
	it.each([
		['/audit', '/audit'],
		['/audit?page=2', '/audit?page=2'],
		['/a/../audit', '/audit'],
		['//evil.example/x', '/'],
		['/\\evil.example', '/'],
		['/..//evil.example', '/'],
		['/.//evil.example', '/'],
		['/\t/evil.example', '/'],
		['https://evil.example/', '/'],
		['audit', '/'],
		['', '/'],
		[null, '/'],
		[42, '/']
	])('%j → %s', (next, path) => expect(safeNext(next)).toBe(path));
});
