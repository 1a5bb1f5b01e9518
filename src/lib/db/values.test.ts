import { describe, expect, it } from 'vitest';
import { plainRow } from './values';

describe('plainRow', () => {
	it('turns DuckDB values into JSON-safe ones', () => {
		expect(
			plainRow({ n: 3n, d: new Date('2021-06-01T00:00:00Z'), l: [1n, 2n], s: 'x', z: null })
		).toEqual({ n: 3, d: '2021-06-01', l: [1, 2], s: 'x', z: null });
	});
});
