import type { ValidationIssue } from '../types';

/** The parts of an issue a caller must state; the rest default to a whole-file error. */
export type IssueFields = Pick<ValidationIssue, 'rule' | 'expected' | 'action'> &
	Partial<Pick<ValidationIssue, 'line' | 'column' | 'value' | 'severity'>>;

/** Makes one issue of a bound file from the parts that differ. */
export type IssueMaker = (fields: IssueFields) => ValidationIssue;

/** Actions are stored as sentences ("Correct the cell."), as the police.uk path writes them. */
const sentence = (text: string): string => {
	const t = text.trim().replace(/[.\s]+$/, '');
	return `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
};

/**
 * Binds the file name so each check states only what differs.
 * @example const issue = issueMaker({ file: 'a.csv' }); issue({ rule: 'empty-file', expected: 'rows', action: 're-export it' })
 */
export function issueMaker({ file }: { file: string }): IssueMaker {
	return (fields) => ({
		file,
		line: fields.line ?? null,
		column: fields.column ?? null,
		value: fields.value ?? null,
		rule: fields.rule,
		expected: fields.expected,
		action: sentence(fields.action),
		severity: fields.severity ?? 'error'
	});
}
