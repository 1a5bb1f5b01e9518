import type { ValidationIssue } from '../types';
import type { issueMaker } from '../validation/issue-maker';

/**
 * One warning per date style after the first, pointing at the first row written that way.
 * @example mixedDateFormats({ firstOfFormat, issue, column: 'DateOfCall' })[0].rule // 'date-formats-mixed'
 */
export function mixedDateFormats({
	firstOfFormat,
	issue,
	column
}: {
	firstOfFormat: Map<string, { line: number; value: string }>;
	issue: ReturnType<typeof issueMaker>;
	column: string;
}): ValidationIssue[] {
	const [first, ...others] = [...firstOfFormat.values()];
	if (!first) return [];
	return others.map((other) =>
		issue({
			rule: 'date-formats-mixed',
			severity: 'warning',
			line: other.line,
			column,
			value: other.value,
			expected: `one date format throughout, like line ${first.line}: '${first.value}'`,
			action:
				'check these rows; slashed dates were read day first (dd/mm/yyyy), so a month-first export would be wrong'
		})
	);
}
