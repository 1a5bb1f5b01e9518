import { describe, expect, it } from 'vitest';
import { issueMaker } from './issue-maker';

describe('issueMaker', () => {
	const issue = issueMaker({ file: 'a.csv' });

	it('fills whole-file defaults', () => {
		expect(issue({ rule: 'empty-file', expected: 'rows', action: 'export it again' })).toEqual({
			file: 'a.csv',
			line: null,
			column: null,
			value: null,
			rule: 'empty-file',
			expected: 'rows',
			action: 'Export it again.',
			severity: 'error'
		});
	});

	it.each([
		['correct the cell', 'Correct the cell.'],
		['Correct the cell.', 'Correct the cell.'],
		['save it as "CSV UTF-8" ', 'Save it as "CSV UTF-8".']
	])('writes the action %j as the sentence %j', (action, sentence) => {
		expect(issue({ rule: 'r', expected: 'e', action }).action).toBe(sentence);
	});

	it('keeps an explicit undefined from overriding the defaults', () => {
		expect(
			issue({ rule: 'r', expected: 'e', action: 'a', severity: undefined, line: undefined })
		).toMatchObject({ severity: 'error', line: null });
	});
});
