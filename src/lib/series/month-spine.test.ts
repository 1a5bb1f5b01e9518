import { describe, expect, it } from 'vitest';
import { monthSpine } from './month-spine';

describe('monthSpine', () => {
	it.each([
		[
			'a record with a missing month',
			{ first: '2020-11', last: '2021-02', values: { '2020-11': 4, '2021-01': 0, '2021-02': 6 } },
			[4, null, 0, 6]
		],
		[
			'a MonthValue list, keeping null and dropping months outside the range',
			{
				first: '2021-01',
				last: '2021-03',
				values: [
					{ month: '2020-12', value: 9 },
					{ month: '2021-01', value: null },
					{ month: '2021-03', value: 5 }
				]
			},
			[null, null, 5]
		],
		['last before first', { first: '2021-03', last: '2021-01', values: {} }, []]
	])('%s', (_, input, expected) => {
		const spine = monthSpine(input);
		expect(spine.map((p) => p.value)).toEqual(expected);
		if (expected.length)
			expect([spine[0]?.month, spine.at(-1)?.month]).toEqual([input.first, input.last]);
	});
});
