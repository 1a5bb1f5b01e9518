import type { ValidationIssue } from '../types';

type Phrase = (issue: Pick<ValidationIssue, 'column' | 'value' | 'expected'>) => string;

// Rules whose problem is not naturally "<column> is not <expected>".
const PHRASES: Record<string, Phrase> = {
	'empty-file': () => 'the file is empty',
	'no-rows': () => 'the file has a header but no data rows',
	'binary-file': ({ value }) => `the file is not text${value ? ` (it looks like ${value})` : ''}`,
	'unsupported-encoding': ({ value }) =>
		`the file is saved as ${value ?? 'an unsupported encoding'}`,
	'csv-line-size-over-maximum': () => 'the file has no line break in its first 1 MB',
	'zip-no-csv': () => 'the zip archive holds no CSV file',
	'zip-unreadable': () => 'the zip archive cannot be read',
	'zip-archive': () => 'the file is a zip archive',
	'reference-file': () => 'the file is a reference lookup, not figures',
	'unknown-format': () => 'the columns match none of the layouts we take',
	'wrong-file-type': ({ value }) => `the file is a ${value ?? 'different kind of'} file`,
	'header-missing': ({ column }) => `column '${column}' is missing`,
	'header-duplicate': ({ column }) => `column '${column}' appears more than once`,
	'header-blank': () => 'a column has no name',
	'header-unexpected': ({ column }) => `column '${column}' is not part of this layout`,
	'header-no-periods': () => 'no column header is a period',
	'csv-blank-line': () => 'a blank line was skipped',
	'csv-unclosed-quote': () => 'a quoted field is never closed',
	'csv-unquoted-value': () => 'a quote mark sits inside a field that is not quoted',
	'csv-missing-columns': () => 'the row has fewer fields than the header',
	'csv-too-many-columns': () => 'the row has more fields than the header',
	mojibake: () => 'text looks garbled by a wrong character encoding',
	'date-formats-mixed': ({ column }) => `${column} mixes date formats`,
	'value-missing': ({ column }) => `${column} is empty`,
	'count-missing': ({ column }) => `${column} is empty`,
	'row-duplicate': () => 'the row repeats an earlier one',
	'month-future': ({ column }) => `${column} is in the future`,
	'date-future': ({ column }) => `${column} is in the future`,
	'period-future': ({ column }) => `${column} is in the future`,
	'period-ambiguous': ({ column }) => `${column} could be a month or a financial year`
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
