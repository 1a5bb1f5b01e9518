import { describe, expect, it } from 'vitest';
import { nudgeLabels } from './nudge-labels';

describe('nudgeLabels', () => {
	it.each([
		['far apart: unchanged', [10, 100], [10, 100]],
		['two overlapping: spread about their mean', [50, 52], [44, 58]],
		['unsorted input, answers in input order', [60, 20, 58], [66, 20, 52]],
		['three in a pile', [100, 100, 100], [86, 100, 114]],
		['pushed down from the top edge', [0, 2], [0, 14]],
		['pushed up from the bottom edge', [200, 199], [200, 186]]
	])('%s', (_, ys, expected) => {
		const spots = ys.map((y) => ({ y }));
		expect(nudgeLabels({ spots, gap: 14, min: 0, max: 200 })).toEqual(expected);
	});
});
