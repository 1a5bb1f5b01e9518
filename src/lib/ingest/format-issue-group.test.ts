import { describe, expect, it } from 'vitest';
import { formatIssueGroup } from './format-issue-group';
import type { IssueGroup } from './types';

const group = (change: Partial<IssueGroup>): IssueGroup => ({
	file: 'street.csv',
	rule: 'csv-missing-columns',
	column: null,
	severity: 'error',
	count: 1,
	examples: [{ line: 3, value: 'a,b,c' }],
	expected: '12 comma-separated fields per line',
	action: 'Check these lines.',
	...change
});

describe('formatIssueGroup', () => {
	it.each<[string, Partial<IssueGroup> & { summary?: string }, string]>([
		[
			'one line',
			{},
			"Error in street.csv, line 3: 'a,b,c': the row has fewer fields than the header. Expected 12 comma-separated fields per line. Check these lines."
		],
		[
			'several lines, counted as rows',
			{
				count: 4,
				examples: [
					{ line: 3, value: 'a' },
					{ line: 9, value: 'b' }
				]
			},
			"Error in street.csv: 4 rows: the row has fewer fields than the header, e.g. line 3: 'a'; line 9: 'b'. Expected 12 comma-separated fields per line. Check these lines."
		],
		[
			'a whole-file problem',
			{
				rule: 'encoding-windows-1252',
				severity: 'warning',
				examples: [{ line: null, value: 'Windows-1252' }],
				expected: 'UTF-8 text',
				action: 'Nothing to do.'
			},
			'Warning in street.csv: The file is not UTF-8 text. Expected UTF-8 text. Nothing to do.'
		],
		[
			'a group with its own summary',
			{ summary: "1 row: Month is not YYYY-MM, e.g. line 4: 'x'" },
			"Error in street.csv: 1 row: Month is not YYYY-MM, e.g. line 4: 'x'. Expected 12 comma-separated fields per line. Check these lines."
		]
	])('%s', (_, change, sentence) => {
		expect(formatIssueGroup(group(change))).toBe(sentence);
	});
});
