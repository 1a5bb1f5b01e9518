import { checkHeader } from '../detect/check-header';
import { headerKey } from '../detect/header-key';
import { readCsvRecords, type CsvRecord } from '../text/read-csv-records';
import type { FormatKind, ValidationIssue } from '../types';
import { issueMaker, type IssueMaker } from '../validation/issue-maker';

/** What every normaliser is given. */
export interface TableInput {
	text: string;
	fileName: string;
	/** `YYYY-MM-DD`; dates after it are flagged as in the future. Today when absent. */
	today?: string;
}

/** A parsed CSV checked against its layout, with a column finder. */
export interface OpenTable {
	header: string[];
	records: CsvRecord[];
	issues: ValidationIssue[];
	/** False when the header has an error, so no row can be trusted. */
	ok: boolean;
	/** Index of the first column whose key is one of `keys`, or -1. */
	column: (...keys: string[]) => number;
	/** Makes issues about this file. */
	issue: IssueMaker;
	/** The input's `today`, or today's date. */
	today: string;
}

/**
 * Today's date as `YYYY-MM-DD`, the default for future checks.
 * @example todayIso() // '2025-03-15'
 */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/**
 * Reads CSV text and checks its header for a layout: the first step of every normaliser.
 * @example openTable({ text, fileName: 'lfb.csv', kind: 'lfb-incidents' }).column('dateofcall') // 1
 */
export function openTable({
	text,
	fileName,
	today = todayIso(),
	kind
}: TableInput & { kind: FormatKind }): OpenTable {
	const table = readCsvRecords({ text, fileName });
	const keys = table.header.map((cell) => headerKey({ cell }));
	const column = (...wanted: string[]): number => keys.findIndex((k) => wanted.includes(k));
	const issue = issueMaker({ file: fileName });
	if (table.header.length === 0) return { ...table, ok: false, column, issue, today };
	const headerIssues = checkHeader({ kind, header: table.header, fileName });
	const issues = [...headerIssues, ...table.issues];
	// checkHeader errors are fatal by contract; row-level errors never block the file.
	const ok = !headerIssues.some((i) => i.severity === 'error');
	return { header: table.header, records: table.records, issues, ok, column, issue, today };
}
