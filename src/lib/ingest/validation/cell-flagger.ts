import type { ValidationIssue } from '../types';
import type { IssueMaker } from './issue-maker';

/** Adds one issue about a cell of the bound row. */
export type CellFlag<K> = (
	key: K,
	rule: string,
	expected: string,
	action: string,
	severity?: 'warning'
) => void;

/**
 * Binds a row's line and cells, so each check of a cell states only its rule and words.
 * @example cellFlagger({ issues, issue, line: 2, cell: (i) => ({ column: header[i], value: cells[i] }) })(0, 'value-missing', 'an id', 'fill it in')
 */
export function cellFlagger<K>({
	issues,
	issue,
	line,
	cell
}: {
	issues: ValidationIssue[];
	issue: IssueMaker;
	line: number;
	/** The column name and raw text of a cell, for the message. */
	cell: (key: K) => { column: string; value: string };
}): CellFlag<K> {
	return (key, rule, expected, action, severity) => {
		issues.push(issue({ rule, line, ...cell(key), expected, action, severity }));
	};
}
