import type { IssueGroup } from '../types';

// Whole-file problems of a police.uk street-level file, as issue groups.

/** The file could not be read by the CSV reader at all. */
export const unreadable = (file: string, error: unknown): IssueGroup => ({
	file,
	rule: 'csv-unreadable',
	column: null,
	severity: 'error',
	count: 1,
	examples: [{ line: null, value: error instanceof Error ? error.message : String(error) }],
	expected: 'a UTF-8 CSV file as police.uk provides it',
	action: 'Download the file again from police.uk and upload it unchanged.'
});

/** The file was not UTF-8 and was read as Windows-1252. */
export const readAsWindows1252 = (file: string): IssueGroup => ({
	file,
	rule: 'encoding-windows-1252',
	column: null,
	severity: 'warning',
	count: 1,
	examples: [{ line: null, value: 'Windows-1252' }],
	expected: 'UTF-8 text, as police.uk provides it',
	action:
		'Nothing to do: the file was read as Windows-1252, as Excel saves "CSV (comma delimited)"; check that place names with accents look right.'
});

/** Empty lines the reader skipped. */
export const blankLines = (file: string, lines: number[]): IssueGroup => ({
	file,
	rule: 'csv-blank-line',
	column: null,
	severity: 'warning',
	count: lines.length,
	examples: lines.slice(0, 3).map((line) => ({ line, value: null })),
	expected: 'no blank lines between data rows',
	action: 'Nothing to do; the blank lines were skipped.'
});

/** Lines with empty fields beyond the header's, which the reader dropped. */
export const trailingFields = (file: string, lines: number[]): IssueGroup => ({
	file,
	rule: 'csv-trailing-empty-fields',
	column: null,
	severity: 'warning',
	count: lines.length,
	examples: lines.slice(0, 3).map((line) => ({ line, value: null })),
	expected: 'no more fields than the header has',
	action:
		'Nothing to do: the empty fields were ignored; a spreadsheet adds them when cells right of the table were once used.'
});

/** A header and no records. */
export const noRows = (file: string): IssueGroup => ({
	file,
	rule: 'no-rows',
	column: null,
	severity: 'error',
	count: 1,
	examples: [{ line: 2, value: null }],
	expected: 'at least one crime or ASB record under the header',
	action: 'The file has a header but no records: download the month again from police.uk.'
});
