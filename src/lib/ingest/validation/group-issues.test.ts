import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../types';
import { groupIssues } from './group-issues';

const month = (line: number, value: string): ValidationIssue => ({
	file: 'crime.csv',
	line,
	column: 'Month',
	value,
	rule: 'month-format',
	expected: 'YYYY-MM',
	action: 'write the month as YYYY-MM, e.g. 2017-06',
	severity: 'error'
});
const cell = (line: number, column: string, value: string): ValidationIssue => ({
	...month(line, value),
	column,
	rule: 'count-format',
	expected: 'a whole number of 0 or more',
	action: 'correct the cell'
});

describe('groupIssues', () => {
	it('summarises issues sharing a rule', () => {
		const issues = Array.from({ length: 37 }, (_, i) =>
			month(12 + i, i === 0 ? '06/2017' : '07/2017')
		);
		const [group, ...rest] = groupIssues({ issues });
		expect(rest).toEqual([]);
		expect(group).toEqual({
			file: 'crime.csv',
			rule: 'month-format',
			column: 'Month',
			severity: 'error',
			count: 37,
			rows: 37,
			columns: ['Month'],
			expected: 'YYYY-MM',
			action: 'write the month as YYYY-MM, e.g. 2017-06',
			examples: [
				{ line: 12, column: 'Month', value: '06/2017' },
				{ line: 13, column: 'Month', value: '07/2017' },
				{ line: 14, column: 'Month', value: '07/2017' }
			],
			summary: "37 rows: Month is not YYYY-MM, e.g. line 12: '06/2017'"
		});
	});

	it.each<[string, ValidationIssue[], string[]]>([
		['one row', [month(5, 'x')], ["1 row: Month is not YYYY-MM, e.g. line 5: 'x'"]],
		[
			'cells across columns',
			[cell(2, '201004', 'a'), cell(2, '201005', 'b'), cell(7, '201004', 'c')],
			[
				"3 cells in 2 rows: 201004 and 1 other column(s) is not a whole number of 0 or more, e.g. line 2, 201004: 'a'"
			]
		],
		[
			'a whole-file issue',
			[
				{
					...month(1, ''),
					line: null,
					column: null,
					value: null,
					rule: 'empty-file',
					expected: 'rows'
				}
			],
			['The file is empty']
		],
		[
			'a header issue',
			[
				{
					...month(1, ''),
					column: 'Crime type',
					value: null,
					rule: 'header-missing',
					expected: "a column named 'Crime type'"
				}
			],
			["Column 'Crime type' is missing"]
		],
		[
			'several header columns',
			['2019-13', '2019-14'].map((column) => ({
				...month(1, ''),
				column,
				value: null,
				rule: 'header-unexpected',
				severity: 'warning' as const,
				expected: 'only the measures columns'
			})),
			["Columns '2019-13' and '2019-14' are not part of this layout"]
		],
		[
			'errors before warnings, larger first',
			[
				{
					...month(3, ''),
					rule: 'csv-blank-line',
					severity: 'warning',
					column: null,
					value: null,
					expected: 'no blank lines'
				},
				month(4, 'a'),
				cell(5, '201004', 'b'),
				cell(6, '201004', 'c')
			],
			[
				"2 rows: 201004 is not a whole number of 0 or more, e.g. line 5: 'b'",
				"1 row: Month is not YYYY-MM, e.g. line 4: 'a'",
				'1 row: a blank line was skipped, e.g. line 3'
			]
		]
	])('%s', (_, issues, summaries) => {
		expect(groupIssues({ issues }).map((g) => g.summary)).toEqual(summaries);
	});

	it('keeps files apart and leaves column empty when a group spans several', () => {
		const issues = [
			cell(2, '201004', 'a'),
			cell(2, '201005', 'b'),
			{ ...month(3, 'x'), file: 'other.csv' }
		];
		expect(
			groupIssues({ issues }).map((g) => [g.file, g.rule, g.column, g.columns, g.count, g.rows])
		).toEqual([
			['crime.csv', 'count-format', null, ['201004', '201005'], 2, 1],
			['other.csv', 'month-format', 'Month', ['Month'], 1, 1]
		]);
	});

	it('keeps as many examples as asked', () => {
		const issues = [month(1, 'a'), month(2, 'b'), month(3, 'c')];
		expect(groupIssues({ issues, examples: 1 })[0]?.examples).toEqual([
			{ line: 1, column: 'Month', value: 'a' }
		]);
	});
});
