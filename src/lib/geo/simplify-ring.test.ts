import { describe, expect, it } from 'vitest';
import type { Ring } from './parse-wkt';
import { simplifyRing } from './simplify-ring';

const square: Ring = [
	[0, 0],
	[5, 0.5],
	[10, 0],
	[10, 10],
	[5, 10.2],
	[0, 10],
	[0, 0]
];

describe('simplifyRing', () => {
	it.each([
		{
			tolerance: 1,
			want: [
				[0, 0],
				[10, 0],
				[10, 10],
				[0, 10],
				[0, 0]
			]
		},
		{
			tolerance: 0.3,
			want: [
				[0, 0],
				[5, 0.5],
				[10, 0],
				[10, 10],
				[0, 10],
				[0, 0]
			]
		},
		{ tolerance: 0.1, want: square }
	])('drops bends under $tolerance', ({ tolerance, want }) => {
		expect(simplifyRing({ ring: square, tolerance })).toEqual(want);
	});

	it('keeps a closed ring of at least 4 positions however large the tolerance', () => {
		const out = simplifyRing({ ring: square, tolerance: 1000 });
		expect(out.length).toBeGreaterThanOrEqual(4);
		expect(out[0]).toEqual(out[out.length - 1]);
	});
});
