import type { ValidationIssue } from '../types';

type Phrase = (issue: Pick<ValidationIssue, 'column' | 'value' | 'expected'>) => string;

// Rules whose problem is not naturally "<column> is not <expected>".
const PHRASES: Record<string, Phrase> = {
	'empty-file': () => 'the file is empty',
	'no-data-rows': () => 'the file has a header but no data rows',
	'binary-file': ({ value }) => `the file is not text${value ? ` (it looks like ${value})` : ''}`,
	'unsupported-encoding': ({ value }) =>
		`the file is saved as ${value ?? 'an unsupported encoding'}`,
	'no-line-breaks': () => 'the file has no line break in its first 1 MB',
	'zip-no-csv': () => 'the zip archive holds no CSV file',
	'zip-unreadable': () => 'the zip archive cannot be read',
	'unknown-format': () => 'the columns match none of the layouts we take',
	'wrong-file-type': ({ value }) => `the file is a ${value ?? 'different kind of'} file`,
	'missing-column': ({ column }) => `column '${column}' is missing`,
	'duplicate-column': ({ column }) => `column '${column}' appears more than once`,
	'blank-column-name': () => 'a column has no name',
	'unexpected-column': ({ column }) => `column '${column}' is not part of this layout`,
	'no-period-columns': () => 'no column header is a period',
	'blank-line': () => 'a blank line was skipped',
	'unclosed-quote': () => 'a quoted field is never closed',
	'stray-quote': () => 'a quote mark sits inside a field that is not quoted',
	'row-too-short': () => 'the row has fewer fields than the header',
	'row-too-long': () => 'the row has more fields than the header',
	mojibake: () => 'text looks garbled by a wrong character encoding',
	'mixed-date-formats': ({ column }) => `${column} mixes date formats`,
	'missing-value': ({ column }) => `${column} is empty`,
	'missing-count': ({ column }) => `${column} is empty`,
	'duplicate-row': () => 'the row repeats an earlier one',
	'month-in-future': ({ column }) => `${column} is in the future`,
	'date-in-future': ({ column }) => `${column} is in the future`,
	'period-in-future': ({ column }) => `${column} is in the future`,
	'ambiguous-period': ({ column }) => `${column} could be a month or a financial year`
};

/**
 * A short phrase naming what is wrong, for summaries and sentences.
 * @example describeProblem({ issue }) // "Month is not YYYY-MM"
 */
export function describeProblem({
	issue
}: {
	issue: Pick<ValidationIssue, 'rule' | 'column' | 'value' | 'expected'>;
}): string {
	const phrase = PHRASES[issue.rule];
	if (phrase) return phrase(issue);
	return `${issue.column ?? 'the file'} is not ${issue.expected}`;
}
