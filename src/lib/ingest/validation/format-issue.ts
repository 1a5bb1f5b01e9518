import type { ValidationIssue } from '../types';
import { escapeControls } from '../text/escape-controls';
import { describeProblem } from './describe-problem';

/**
 * Shows a cell value in a sentence: one line, control characters escaped, at most 60 characters.
 * @example quoteValue({ value: 'a\nb' }) // "'a↵b'"
 */
export function quoteValue({ value }: { value: string }): string {
	const oneLine = escapeControls({ text: value.replace(/\r?\n/g, '↵') });
	return `'${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}'`;
}

/**
 * One sentence naming file, line, column, value, what was expected and what to do.
 * @example formatIssue(issue) // "Line 12 of 'a.csv', column 'Month', has '06/2017' but expected YYYY-MM; write the month as YYYY-MM, e.g. 2017-06."
 */
export function formatIssue(issue: ValidationIssue): string {
	const where = issue.line === null ? `'${issue.file}'` : `Line ${issue.line} of '${issue.file}'`;
	// Actions are sentences; inside this one they start lower case unless they open with an acronym.
	const trimmed = issue.action.replace(/[.\s]+$/, '');
	const action = /^[A-Z][a-z]/.test(trimmed)
		? `${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}`
		: trimmed;
	if (issue.value !== null && issue.value.trim() !== '' && issue.rule !== 'wrong-file-type') {
		const cell = issue.column === null ? where : `${where}, column '${issue.column}',`;
		const value = quoteValue({ value: issue.value });
		return `${cell} has ${value} but expected ${issue.expected}; ${action}.`;
	}
	return `${where}: ${describeProblem({ issue })}; expected ${issue.expected}; ${action}.`;
}
