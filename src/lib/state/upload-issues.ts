import type { IssueGroup } from '../ingest/types';
import { describeProblem } from '../ingest/validation/describe-problem';

/** One group of problems in a file, ready to show. */
export interface IssueView {
	severity: 'error' | 'warning';
	rule: string;
	/** e.g. "Month is not a month written YYYY-MM". */
	problem: string;
	/** e.g. "37 rows", "1 row", "the whole file". */
	scope: string;
	/** `value` null when the problem has none to show, e.g. a blank line. */
	examples: { line: string; column: string; value: string | null }[];
	/** Problems of this kind beyond the examples shown. */
	more: number;
	expected: string;
	action: string;
}

/** A file's problems: errors, warnings, and one sentence saying whether it can be saved. */
export interface IssuesView {
	errors: IssueView[];
	warnings: IssueView[];
	verdict: string;
}

type Example = IssueGroup['examples'][number] & { column?: string | null };
type Group = Omit<IssueGroup, 'examples'> & {
	rows?: number;
	columns?: string[];
	examples: Example[];
};

/** Problems about several header columns at once, said in the plural. */
const SEVERAL: Record<string, string> = {
	'header-missing': 'are missing',
	'header-unexpected': 'are not part of this layout',
	'header-duplicate': 'each appear more than once'
};
const names = (columns: string[]) => {
	const quoted = columns.map((c) => `'${c}'`);
	return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : quoted[0];
};

const plural = (n: number, word: string) =>
	`${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function view(group: Group): IssueView {
	const first = group.examples[0];
	const columns = group.columns ?? [];
	const several = columns.length > 1 ? SEVERAL[group.rule] : undefined;
	const problem = several
		? `columns ${names(columns)} ${several}`
		: describeProblem({
				issue: {
					...group,
					column: group.column ?? (columns.join(', ') || null),
					value: first?.value ?? null
				}
			});
	const lines = group.rows ?? group.count;
	const wholeFile = group.examples.every((e) => e.line === null || e.line === 1) && lines <= 1;
	return {
		severity: group.severity,
		rule: group.rule,
		problem: capitalise(problem),
		scope: wholeFile ? 'the whole file' : plural(lines, 'row'),
		// A header problem (line 1, no value) needs no example: the sentence says it all.
		examples: group.examples
			.filter((e) => e.value !== null || (e.line !== null && e.line > 1))
			.map((e) => ({
				line: e.line === null ? 'whole file' : `line ${e.line.toLocaleString('en-GB')}`,
				column: e.column ?? group.column ?? '',
				value: e.value
			})),
		more: Math.max(0, group.count - group.examples.length),
		expected: group.expected,
		action: capitalise(group.action)
	};
}

/** Many missing columns (a file read as the wrong layout) become one problem, not one each. */
function mergeMissingColumns(views: IssueView[]): IssueView[] {
	const missing = views.filter((v) => v.rule === 'header-missing' && v.severity === 'error');
	if (missing.length < 3) return views;
	const columns = missing.map((v) => v.problem.replace(/^Column '(.*)' is missing$/, '$1'));
	const merged: IssueView = {
		...missing[0]!,
		problem: `${columns.length} columns are missing: ${names(columns)}`,
		expected: 'the columns of the layout the file is read as',
		action:
			'Check that the file is read as the right layout; else rename its columns to these names, or map them in the column-mapping step'
	};
	return [merged, ...views.filter((v) => !missing.includes(v))];
}

/**
 * Splits a file's grouped problems into errors and warnings, each with its rule, scope, first
 * examples with line numbers, what was expected and what to do.
 * @example describeIssues({ issues }).verdict // '1 kind of warning: the file can still be saved.'
 */
export function describeIssues({ issues }: { issues: IssueGroup[] }): IssuesView {
	const views = mergeMissingColumns(issues.map((g) => view(g as Group)));
	const errors = views.filter((v) => v.severity === 'error');
	const warnings = views.filter((v) => v.severity === 'warning');
	const verdict = errors.length
		? `${plural(errors.length, 'kind')} of error: the file cannot be saved until ${errors.length === 1 ? 'it is' : 'they are'} fixed. Nothing was stored.`
		: warnings.length
			? `${plural(warnings.length, 'kind')} of warning: the file can still be saved.`
			: '';
	return { errors, warnings, verdict };
}
