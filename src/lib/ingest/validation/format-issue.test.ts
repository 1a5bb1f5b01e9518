import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../types';
import { formatIssue } from './format-issue';

const base: ValidationIssue = {
	file: 'crime.csv',
	line: 12,
	column: 'Month',
	value: '06/2017',
	rule: 'month-format',
	expected: 'YYYY-MM',
	action: 'write the month as YYYY-MM, e.g. 2017-06',
	severity: 'error'
};

describe('formatIssue', () => {
	it.each<[string, Partial<ValidationIssue>, string]>([
		[
			'a cell',
			{},
			"Line 12 of 'crime.csv', column 'Month', has '06/2017' but expected YYYY-MM; write the month as YYYY-MM, e.g. 2017-06."
		],
		[
			'a whole file',
			{
				line: null,
				column: null,
				value: null,
				rule: 'empty-file',
				expected: 'a header row followed by data rows',
				action: 'export the file again.'
			},
			"'crime.csv': the file is empty; expected a header row followed by data rows; export the file again."
		],
		[
			'a missing column',
			{
				line: 1,
				column: 'Crime type',
				value: null,
				rule: 'header-missing',
				expected: "a column named 'Crime type'",
				action: 'rename the column'
			},
			"Line 1 of 'crime.csv': column 'Crime type' is missing; expected a column named 'Crime type'; rename the column."
		],
		[
			'a row without a column',
			{
				column: null,
				value: 'a,b',
				rule: 'csv-too-many-columns',
				expected: '1 field like the header',
				action: 'quote the field'
			},
			"Line 12 of 'crime.csv' has 'a,b' but expected 1 field like the header; quote the field."
		],
		[
			'a multi-line value',
			{ value: 'x\ny' },
			"Line 12 of 'crime.csv', column 'Month', has 'x↵y' but expected YYYY-MM; write the month as YYYY-MM, e.g. 2017-06."
		],
		[
			'a value with a terminal escape',
			{ value: '\u001b[2J06/2017' },
			"Line 12 of 'crime.csv', column 'Month', has '\\x1b[2J06/2017' but expected YYYY-MM; write the month as YYYY-MM, e.g. 2017-06."
		],
		[
			'a long value',
			{ value: 'z'.repeat(80) },
			`Line 12 of 'crime.csv', column 'Month', has '${'z'.repeat(57)}…' but expected YYYY-MM; write the month as YYYY-MM, e.g. 2017-06.`
		],
		[
			'a refused file',
			{
				line: null,
				column: null,
				value: 'police.uk stop-and-search',
				rule: 'wrong-file-type',
				expected: 'a street-level crime file',
				action: 'download that instead'
			},
			"'crime.csv': the file is a police.uk stop-and-search file; expected a street-level crime file; download that instead."
		]
	])('%s', (_, change, sentence) => {
		expect(formatIssue({ ...base, ...change })).toBe(sentence);
	});
});
