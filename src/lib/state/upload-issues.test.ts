import { describe, expect, it } from 'vitest';
import type { IssueGroup } from '../ingest/types';
import { groupIssues } from '../ingest/validation/group-issues';
import { describeIssues } from './upload-issues';

const issue = (line: number, value: string, severity: 'error' | 'warning' = 'error') => ({
	file: 'f.csv',
	line,
	column: 'Month',
	value,
	rule: 'month-format',
	expected: 'a month written YYYY-MM',
	action: 'correct the Month column',
	severity
});

describe('describeIssues', () => {
	it('gives errors with their rule, row count, first examples with line numbers and advice', () => {
		const issues = groupIssues({
			issues: [issue(3, '06/2021'), issue(7, 'June'), issue(9, ''), issue(12, 'x')]
		});
		const { errors, warnings, verdict } = describeIssues({ issues });
		expect(warnings).toEqual([]);
		expect(errors).toEqual([
			{
				severity: 'error',
				rule: 'month-format',
				problem: 'Month is not a month written YYYY-MM',
				scope: '4 rows',
				examples: [
					{ line: 'line 3', column: 'Month', value: '06/2021' },
					{ line: 'line 7', column: 'Month', value: 'June' },
					{ line: 'line 9', column: 'Month', value: '' }
				],
				more: 1,
				expected: 'a month written YYYY-MM',
				action: 'Correct the Month column'
			}
		]);
		expect(verdict).toBe(
			'1 kind of error: the file cannot be saved until it is fixed. Nothing was stored.'
		);
	});

	it('says a file with only warnings can still be saved', () => {
		const issues = groupIssues({ issues: [issue(2, '', 'warning')] });
		expect(describeIssues({ issues }).verdict).toBe(
			'1 kind of warning: the file can still be saved.'
		);
	});

	it('reads the police path’s groups, which have no summary, and whole-file problems', () => {
		const group: IssueGroup = {
			file: 'f.csv',
			rule: 'encoding-windows-1252',
			column: null,
			severity: 'warning',
			count: 1,
			examples: [{ line: null, value: 'Windows-1252' }],
			expected: 'UTF-8 text',
			action: 'nothing to do'
		};
		const [view] = describeIssues({ issues: [group] }).warnings;
		expect(view).toMatchObject({
			scope: 'the whole file',
			examples: [{ line: 'whole file', column: '', value: 'Windows-1252' }],
			action: 'Nothing to do'
		});
	});

	it('shows no example for a column missing from the header', () => {
		const issues = groupIssues({
			issues: [{ ...issue(1, '', 'error'), rule: 'header-missing', column: 'unit', value: null }]
		});
		expect(describeIssues({ issues }).errors[0]).toMatchObject({
			problem: "Column 'unit' is missing",
			scope: 'the whole file',
			examples: []
		});
	});

	it('says many missing columns in one problem, and several unexpected ones in the plural', () => {
		const header = (rule: string, column: string, severity: 'error' | 'warning' = 'error') => ({
			...issue(1, '', severity),
			rule,
			column,
			value: null,
			expected: `a column named '${column}'`
		});
		const issues = groupIssues({
			issues: [
				header('header-missing', 'Crime ID'),
				header('header-missing', 'Month'),
				header('header-missing', 'Outcome type'),
				{ ...header('header-unexpected', 'period', 'warning'), expected: 'only these columns' },
				{ ...header('header-unexpected', 'area', 'warning'), expected: 'only these columns' }
			]
		});
		const { errors, warnings } = describeIssues({ issues });
		expect(errors.map((e) => e.problem)).toEqual([
			"3 columns are missing: 'Crime ID', 'Month' and 'Outcome type'"
		]);
		expect(warnings.map((e) => e.problem)).toEqual([
			"Columns 'period' and 'area' are not part of this layout"
		]);
	});
});
