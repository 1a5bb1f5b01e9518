import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../types';
import { cellFlagger } from './cell-flagger';
import { issueMaker } from './issue-maker';

describe('cellFlagger', () => {
	const header = ['Id', 'Date'];
	const cells = ['A1', '31/02/2024'];

	it.each([
		[undefined, 'error'],
		['warning', 'warning']
	] as const)('adds the cell issue with severity %s as %s', (severity, stored) => {
		const issues: ValidationIssue[] = [];
		const flag = cellFlagger({
			issues,
			issue: issueMaker({ file: 'a.csv' }),
			line: 7,
			cell: (i: number) => ({ column: header[i] ?? '', value: cells[i] ?? '' })
		});
		flag(1, 'date-format', 'a date', 'correct the date', severity);
		expect(issues).toEqual([
			{
				file: 'a.csv',
				line: 7,
				column: 'Date',
				value: '31/02/2024',
				rule: 'date-format',
				expected: 'a date',
				action: 'Correct the date.',
				severity: stored
			}
		]);
	});
});
