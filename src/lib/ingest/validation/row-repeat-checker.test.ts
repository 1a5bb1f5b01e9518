import { describe, expect, it } from 'vitest';
import { issueMaker } from './issue-maker';
import { rowRepeatChecker } from './row-repeat-checker';

describe('rowRepeatChecker', () => {
	it.each([
		[
			['a', 'b', 'c'],
			[null, null, null]
		],
		[
			['a', 'a'],
			[null, 'one row per area (first on line 2)']
		],
		[
			['a', 'b', 'a', 'a'],
			[null, null, 'one row per area (first on line 2)', 'one row per area (first on line 2)']
		]
	])('keys %j give %j', (keys, expected) => {
		const repeat = rowRepeatChecker({
			issue: issueMaker({ file: 'a.csv' }),
			expected: 'one row per area',
			action: 'remove the repeat'
		});
		const found = keys.map((key, i) => repeat({ key, line: i + 2, value: key }));
		expect(found.map((issue) => issue?.expected ?? null)).toEqual(expected);
	});

	it('reports the repeat on its own line, with its value', () => {
		const repeat = rowRepeatChecker({
			issue: issueMaker({ file: 'a.csv' }),
			expected: 'one row per area',
			action: 'remove the repeat'
		});
		repeat({ key: 'city', line: 2, value: 'City' });
		expect(repeat({ key: 'city', line: 5, value: 'CITY' })).toEqual({
			file: 'a.csv',
			line: 5,
			column: null,
			value: 'CITY',
			rule: 'row-duplicate',
			expected: 'one row per area (first on line 2)',
			action: 'Remove the repeat.',
			severity: 'error'
		});
	});
});
