import type { ValidationIssue } from '../types';
import { describeProblem } from './describeProblem';
import { quoteValue } from './formatIssue';

/** Issues that share a rule and an expectation, summarised for a person to act on once. */
export interface IssueGroup {
	rule: string;
	severity: 'error' | 'warning';
	/** Number of issues (cells, or rows for row-level rules). */
	count: number;
	/** Number of distinct lines affected; 0 for whole-file issues. */
	rows: number;
	columns: string[];
	expected: string;
	action: string;
	examples: Array<Pick<ValidationIssue, 'line' | 'column' | 'value'>>;
	/** e.g. "37 rows: Month is not YYYY-MM, e.g. line 12: '06/2017'". */
	summary: string;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function summarise(group: Omit<IssueGroup, 'summary'>, first: ValidationIssue): string {
	const column =
		group.columns.length > 1
			? `${group.columns[0]} and ${group.columns.length - 1} other column(s)`
			: first.column;
	const problem = describeProblem({ issue: { ...first, column } });
	if (group.rows === 0 || (group.rows === 1 && first.line === 1 && first.value === null)) {
		return capitalise(problem);
	}
	const scope =
		group.count > group.rows
			? `${group.count} cells in ${group.rows} rows`
			: `${group.rows} ${group.rows === 1 ? 'row' : 'rows'}`;
	const example = group.examples.find((e) => e.line !== null);
	if (!example) return `${scope}: ${problem}`;
	const at =
		group.columns.length > 1 ? `line ${example.line}, ${example.column}` : `line ${example.line}`;
	const shown = example.value === null ? '' : `: ${quoteValue({ value: example.value })}`;
	return `${scope}: ${problem}, e.g. ${at}${shown}`;
}

/**
 * Groups issues by severity, rule and expectation; errors first, then the largest groups.
 * @example groupIssues({ issues })[0].summary // "37 rows: Month is not YYYY-MM, e.g. line 12: '06/2017'"
 */
export function groupIssues({
	issues,
	examples = 3
}: {
	issues: ValidationIssue[];
	examples?: number;
}): IssueGroup[] {
	const byKey = new Map<string, ValidationIssue[]>();
	for (const issue of issues) {
		const key = `${issue.severity}\u0000${issue.rule}\u0000${issue.expected}`;
		const list = byKey.get(key);
		if (list) list.push(issue);
		else byKey.set(key, [issue]);
	}
	const groups: IssueGroup[] = [];
	for (const list of byKey.values()) {
		const first = list[0];
		if (!first) continue;
		const lines = new Set(list.flatMap((i) => (i.line === null ? [] : [i.line])));
		const columns = [...new Set(list.flatMap((i) => (i.column === null ? [] : [i.column])))];
		const base = {
			rule: first.rule,
			severity: first.severity,
			count: list.length,
			rows: lines.size,
			columns,
			expected: first.expected,
			action: first.action,
			examples: list.slice(0, examples).map(({ line, column, value }) => ({ line, column, value }))
		};
		groups.push({ ...base, summary: summarise(base, first) });
	}
	const rank = (g: IssueGroup): number => (g.severity === 'error' ? 0 : 1);
	return groups.sort((a, b) => rank(a) - rank(b) || b.count - a.count);
}
