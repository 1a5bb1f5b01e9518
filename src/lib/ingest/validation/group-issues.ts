import type { IssueGroup, ValidationIssue } from '../types';
import { describeProblem } from './describe-problem';
import { quoteValue } from './format-issue';

/** An IssueGroup (the shape the police.uk path reports) with what a summary line needs. */
export interface GroupedIssues extends IssueGroup {
	/** Number of distinct lines affected; 0 for whole-file issues. `count` is the number of issues. */
	rows: number;
	/** Every column involved; `column` is set only when there is exactly one. */
	columns: string[];
	examples: Array<Pick<ValidationIssue, 'line' | 'column' | 'value'>>;
	/** e.g. "37 rows: Month is not YYYY-MM, e.g. line 12: '06/2017'". */
	summary: string;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function summarise(group: Omit<GroupedIssues, 'summary'>, first: ValidationIssue): string {
	const column =
		group.columns.length > 1
			? `${group.columns[0]} and ${group.columns.length - 1} other column(s)`
			: first.column;
	const problem = describeProblem({ issue: { ...first, column }, columns: group.columns });
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
 * Groups issues by file, severity, rule and expectation; errors first, then the largest groups.
 * @example groupIssues({ issues })[0].summary // "37 rows: Month is not YYYY-MM, e.g. line 12: '06/2017'"
 */
export function groupIssues({
	issues,
	examples = 3
}: {
	issues: ValidationIssue[];
	examples?: number;
}): GroupedIssues[] {
	const byKey = new Map<string, ValidationIssue[]>();
	for (const issue of issues) {
		const key = [issue.file, issue.severity, issue.rule, issue.expected].join('\u0000');
		const list = byKey.get(key);
		if (list) list.push(issue);
		else byKey.set(key, [issue]);
	}
	const groups: GroupedIssues[] = [];
	for (const list of byKey.values()) {
		const first = list[0];
		if (!first) continue;
		const lines = new Set(list.flatMap((i) => (i.line === null ? [] : [i.line])));
		const columns = [...new Set(list.flatMap((i) => (i.column === null ? [] : [i.column])))];
		const base = {
			file: first.file,
			rule: first.rule,
			column: columns.length === 1 ? (columns[0] ?? null) : null,
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
	const rank = (g: GroupedIssues): number => (g.severity === 'error' ? 0 : 1);
	return groups.sort((a, b) => rank(a) - rank(b) || b.count - a.count);
}
