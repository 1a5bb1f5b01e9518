import type { IssueGroup } from './types';

/**
 * One plain sentence for a group of problems: where, what was seen, what was expected, what to do.
 * Groups made by groupIssues carry their own summary, which is used as it is.
 * @example formatIssueGroup(group) // "Error in 2021-06.csv: 37 rows: Month … e.g. line 12: '06/2017'. Expected …"
 */
export function formatIssueGroup(group: IssueGroup & { summary?: string }): string {
	const label = group.severity === 'error' ? 'Error' : 'Warning';
	const tail = `Expected ${group.expected}. ${group.action}`;
	if (group.summary) return `${label} in ${group.file}: ${group.summary}. ${tail}`;
	const where = group.column ? ` in column "${group.column}"` : '';
	const rows = group.count === 1 ? '1 row' : `${group.count.toLocaleString('en-GB')} rows`;
	const examples = group.examples
		.map(
			(e) =>
				`${e.line == null ? 'the file' : `line ${e.line}`}${e.value == null ? '' : `: '${e.value}'`}`
		)
		.join('; ');
	return `${label} in ${group.file}: ${rows}${where} not as expected (${group.rule}), e.g. ${examples}. ${tail}`;
}
