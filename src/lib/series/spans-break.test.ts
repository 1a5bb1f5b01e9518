import { describe, expect, it } from 'vitest';
import { breakSpanned, breaksWithin, spansBreak } from './spans-break';

const breaks = [
	{ month: '2019-04', note: 'ASB recording changed', category: 'Anti-social behaviour' },
	{ month: '2021-01', note: 'New crime system', category: null }
];

describe('spansBreak', () => {
	it.each([
		['2019-03', 'Anti-social behaviour', false],
		['2019-04', 'Anti-social behaviour', true],
		['2020-03', 'Anti-social behaviour', true],
		['2020-04', 'Anti-social behaviour', false],
		['2019-06', 'Burglary', false],
		['2019-06', undefined, true],
		['2021-01', 'Burglary', true],
		['2021-12', 'Burglary', true],
		['2022-01', 'Burglary', false],
		['2020-12', null, false]
	])('%s (%s): %s', (month, category, expected) => {
		expect(spansBreak({ month, breaks, category })).toBe(expected);
	});

	it('names the break spanned', () => {
		expect(breakSpanned({ month: '2021-06', breaks })?.note).toBe('New crime system');
		expect(breakSpanned({ month: '2022-06', breaks })).toBeNull();
	});

	it.each([
		['2019-04', '2021-03', 'Burglary', ['New crime system']],
		['2019-03', '2021-03', 'Anti-social behaviour', ['ASB recording changed', 'New crime system']],
		['2019-03', '2020-12', undefined, ['ASB recording changed']],
		['2019-04', '2020-12', undefined, []],
		['2021-01', '2021-12', null, []]
	])('breaks within %s..%s for %s', (first, last, category, notes) => {
		expect(breaksWithin({ breaks, first, last, category }).map((b) => b.note)).toEqual(notes);
	});
});
