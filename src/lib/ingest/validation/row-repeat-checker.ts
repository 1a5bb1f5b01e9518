import type { ValidationIssue } from '../types';
import type { IssueMaker } from './issue-maker';

/** Checks one row's key: null the first time, else the `row-duplicate` issue naming the first line. */
export type RowRepeatCheck = (row: {
	key: string;
	line: number;
	value: string;
}) => ValidationIssue | null;

/**
 * Remembers the line each row key is first seen on, so a repeat is reported with that line.
 * @example const repeat = rowRepeatChecker({ issue, expected: 'one row per area', action: 'remove the repeat' }); repeat({ key: 'city', line: 3, value: 'City' }) // null
 */
export function rowRepeatChecker({
	issue,
	expected,
	action
}: {
	issue: IssueMaker;
	/** What the file should hold, e.g. 'one row per area and measure'. */
	expected: string;
	action: string;
}): RowRepeatCheck {
	const seen = new Map<string, number>();
	return ({ key, line, value }) => {
		const first = seen.get(key);
		if (first === undefined) {
			seen.set(key, line);
			return null;
		}
		return issue({
			rule: 'row-duplicate',
			line,
			value,
			expected: `${expected} (first on line ${first})`,
			action
		});
	};
}
