import type { ValidationIssue } from '../types';

type Phrase = (issue: Pick<ValidationIssue, 'column' | 'value' | 'expected'>) => string;

/** Problems about several header columns at once, said in the plural. */
const SEVERAL: Record<string, string> = {
	'header-missing': 'are missing',
	'header-unexpected': 'are not part of this layout',
	'header-duplicate': 'each appear more than once',
	'period-column-format': 'are not periods we can read'
};

const names = (columns: string[]): string => {
	const quoted = columns.map((c) => `'${c}'`);
	return quoted.length > 1
		? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`
		: `${quoted[0]}`;
};

// Rules whose problem is not naturally "<column> is not <expected>".
const PHRASES: Record<string, Phrase> = {
	'empty-file': () => 'the file is empty',
	'no-rows': () => 'the file has a header but no data rows',
	'binary-file': ({ value }) => `the file is not text${value ? ` (it looks like ${value})` : ''}`,
	'unsupported-encoding': ({ value }) =>
		`the file is saved as ${value ?? 'an unsupported encoding'}`,
	'csv-line-size-over-maximum': () => 'the file has no line break in its first 1 MB',
	'zip-no-csv': ({ value }) =>
		`the zip archive holds no CSV file${value && value !== 'nothing' ? ` (it holds ${value})` : ''}`,
	'nul-character': () => 'a NUL character (byte 0x00) sits in the text',
	'encoding-mixed': () => 'the line is UTF-8 in a Windows-1252 file',
	'bom-inside': () => 'a byte-order mark (U+FEFF) sits inside the file',
	'line-endings-cr': () => 'the lines end in a bare CR (the old Mac style)',
	'csv-trailing-empty-fields': () => 'the row has empty fields after the last column',
	'download-older': () => 'this download is older than the one stored',
	'month-not-file-name': () => "the rows are not for the file name's month",
	'zip-unreadable': () => 'the zip archive cannot be read',
	'zip-too-large': ({ value }) =>
		`the zip archive expands past the size limit${value ? ` (${value})` : ''}`,
	'zip-archive': () => 'the file is a zip archive',
	'reference-file': () => 'the file is a reference lookup, not figures',
	'unknown-format': () => 'the columns match none of the layouts we take',
	'wrong-file-type': ({ value }) => `the file is a ${value ?? 'different kind of'} file`,
	'header-missing': ({ column }) => `column '${column}' is missing`,
	'header-duplicate': ({ column }) => `column '${column}' appears more than once`,
	'header-blank': () => 'a column has no name',
	'header-unexpected': ({ column }) => `column '${column}' is not part of this layout`,
	'period-column-format': ({ column }) => `column '${column}' is not a period we can read`,
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
	issue,
	columns = []
}: {
	issue: Pick<ValidationIssue, 'rule' | 'column' | 'value' | 'expected'>;
	/** Every column of a group of issues; several header columns are named in the plural. */
	columns?: string[];
}): string {
	const several = columns.length > 1 ? SEVERAL[issue.rule] : undefined;
	if (several) return `columns ${names(columns)} ${several}`;
	const phrase = PHRASES[issue.rule];
	if (phrase) return phrase(issue);
	return `${issue.column ?? 'the file'} is not ${issue.expected}`;
}
