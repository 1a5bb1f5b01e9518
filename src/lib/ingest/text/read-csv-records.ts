import Papa from 'papaparse';
import type { ValidationIssue } from '../types';
import { IngestError } from '../validation/ingest-error';
import { issueMaker } from '../validation/issue-maker';
import { readHeader } from './read-header';

/** One data record with the 1-based file line it starts on (the header is line 1). */
export interface CsvRecord {
	line: number;
	cells: string[];
}

/** A CSV split into header and well-formed records; malformed records become issues. */
export interface CsvTable {
	header: string[];
	records: CsvRecord[];
	issues: ValidationIssue[];
}

const isBlank = (cells: string[]): boolean => cells.every((c) => c.trim() === '');

function countNewlines(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
	return n;
}

const trailingFields = (
	issue: ReturnType<typeof issueMaker>,
	line: number,
	cells: string[],
	width: number
) =>
	issue({
		rule: 'csv-trailing-empty-fields',
		severity: 'warning',
		line,
		value: cells.slice(width - 1).join(','),
		expected: `${width} fields like the header`,
		action:
			'nothing to do: the empty fields were ignored; a spreadsheet adds them when cells right of the table were once used'
	});

/**
 * Parses CSV text with true file line numbers, even when quoted fields span lines.
 * @example readCsvRecords({ text: 'a,b\n"x\ny",2', fileName: 'f.csv' }).records // [{ line: 2, cells: ['x\ny', '2'] }]
 */
export function readCsvRecords({ text, fileName }: { text: string; fileName: string }): CsvTable {
	const issue = issueMaker({ file: fileName });
	const issues: ValidationIssue[] = [];
	try {
		readHeader({ text, fileName });
	} catch (e) {
		if (e instanceof IngestError) return { header: [], records: [], issues: [e.issue] };
		throw e;
	}
	// One line-break style makes offsets → line numbers a plain count of '\n'.
	const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	let header: string[] | null = null;
	const records: CsvRecord[] = [];
	let pendingBlank: number[] = [];
	let line = 1;
	let pos = 0;
	let cursor = 0;
	Papa.parse<string[]>(body, {
		header: false,
		delimiter: ',',
		newline: '\n',
		step: (result, parser) => {
			line += countNewlines(body, pos, cursor);
			pos = cursor;
			cursor = result.meta.cursor;
			const cells = result.data;
			const codes = new Set(result.errors.map((e) => e.code));
			if (codes.has('MissingQuotes')) {
				issues.push(
					issue({
						rule: 'csv-unclosed-quote',
						line,
						value: cells.join(',').slice(0, 200),
						expected: 'every opening quote (") to be closed',
						action:
							'close the quote or remove it; the rest of the file after this line was not read'
					})
				);
				parser.abort();
				return;
			}
			if (header === null) {
				header = cells;
				return;
			}
			if (isBlank(cells)) {
				pendingBlank.push(line);
				return;
			}
			for (const blank of pendingBlank) {
				issues.push(
					issue({
						rule: 'csv-blank-line',
						severity: 'warning',
						line: blank,
						expected: 'no blank lines between data rows',
						action: 'nothing to do; the blank line was skipped'
					})
				);
			}
			pendingBlank = [];
			if (codes.has('InvalidQuotes')) {
				issues.push(
					issue({
						rule: 'csv-unquoted-value',
						line,
						value: cells.join(','),
						expected: 'quotes only around whole fields, doubled ("") inside them',
						action: 'quote the whole field or remove the stray quote; this row was not loaded'
					})
				);
				return;
			}
			const width = header.length;
			const trimmed =
				cells.length > width && isBlank(cells.slice(width)) ? cells.slice(0, width) : cells;
			if (trimmed !== cells) issues.push(trailingFields(issue, line, cells, width));
			if (trimmed.length !== width) {
				const short = trimmed.length < width;
				issues.push(
					issue({
						rule: short ? 'csv-missing-columns' : 'csv-too-many-columns',
						line,
						value: cells.join(','),
						expected: `${width} fields like the header`,
						action: short
							? 'the row looks cut off; re-export the file or complete the row; it was not loaded'
							: 'quote any field that contains a comma, or remove the extra fields; the row was not loaded'
					})
				);
				return;
			}
			records.push({ line, cells: trimmed });
		}
	});
	if (records.length === 0 && !issues.some((i) => i.rule === 'csv-unclosed-quote')) {
		issues.push(
			issue({
				rule: 'no-rows',
				expected: 'at least one data row below the header',
				action: 'export the file again with its data, or pick the file that holds the rows'
			})
		);
	}
	return { header: header ?? [], records, issues };
}
