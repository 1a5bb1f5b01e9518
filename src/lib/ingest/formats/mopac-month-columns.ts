import { headerKey } from '../detect/header-key';
import type { ValidationIssue } from '../types';
import { issueMaker } from '../validation/issue-maker';

/** A usable month column of a wide table. */
export interface MonthColumn {
	name: string;
	index: number;
	/** `YYYY-MM-01`. */
	month: string;
}

/**
 * Picks the YYYYMM columns of a header; malformed or future months become issues and are skipped.
 * @example mopacMonthColumns({ header: ['MajorText', '201004'], fileName: 'm.csv', today: '2025-01-01' }).columns // [{ name: '201004', index: 1, month: '2010-04-01' }]
 */
export function mopacMonthColumns({
	header,
	fileName,
	today
}: {
	header: string[];
	fileName: string;
	today: string;
}): { columns: MonthColumn[]; issues: ValidationIssue[] } {
	const issue = issueMaker({ file: fileName });
	const columns: MonthColumn[] = [];
	const issues: ValidationIssue[] = [];
	header.forEach((cell, index) => {
		const name = headerKey({ cell });
		if (!/^\d{6}$/.test(name)) return;
		const month = `${name.slice(0, 4)}-${name.slice(4)}-01`;
		const at = { line: 1, column: name, value: name };
		if (!/^\d{4}(0[1-9]|1[0-2])$/.test(name)) {
			issues.push(
				issue({
					...at,
					rule: 'month-format',
					expected: 'a month column named YYYYMM, e.g. 201004',
					action: 'rename the column; its counts were not loaded'
				})
			);
		} else if (month > today) {
			issues.push(
				issue({
					...at,
					rule: 'month-future',
					expected: `a month no later than ${today.slice(0, 7)}`,
					action: 'check the column name; its counts were not loaded'
				})
			);
		} else columns.push({ name, index, month });
	});
	return { columns, issues };
}
