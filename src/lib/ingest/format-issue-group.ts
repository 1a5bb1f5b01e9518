import type { IssueGroup } from './types';
import { describeProblem } from './validation/describe-problem';
import { quoteValue } from './validation/format-issue';

/**
 * One plain sentence for a group of problems: where, what was seen, what was expected, what to do.
 * Groups made by groupIssues carry their own summary, which is used as it is.
 * @example formatIssueGroup(group) // "Error in 2021-06.csv: 37 rows: Month … e.g. line 12: '06/2017'. Expected …"
 */
export function formatIssueGroup(group: IssueGroup & { summary?: string }): string {
	const label = group.severity === 'error' ? 'Error' : 'Warning';
	const tail = `Expected ${group.expected}. ${group.action}`;
	if (group.summary) return `${label} in ${group.file}: ${group.summary}. ${tail}`;
	const first = group.examples[0];
	const problem = describeProblem({ issue: { ...group, value: first?.value ?? null } });
	const lines = group.examples.filter((e) => e.line !== null);
	if (lines.length === 0) return `${label} in ${group.file}: ${capitalise(problem)}. ${tail}`;
	const at = (e: (typeof lines)[number]) =>
		`line ${e.line}${e.value == null ? '' : `: ${quoteValue({ value: e.value })}`}`;
	if (group.count === 1 && lines[0])
		return `${label} in ${group.file}, ${at(lines[0])}: ${problem}. ${tail}`;
	const rows = `${group.count.toLocaleString('en-GB')} rows`;
	const examples = lines.map(at).join('; ');
	return `${label} in ${group.file}: ${rows}: ${problem}, e.g. ${examples}. ${tail}`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
