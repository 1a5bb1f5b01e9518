import type { IssueGroup } from '../types';
import { POLICE_STREET_REQUIRED } from './police-layout';

/**
 * Header-level problems that stop a police.uk street-level file being read at all.
 * @example checkPoliceHeader({ file: 'x.csv', header: ['Month', 'Month'] }) // [duplicate header]
 */
export function checkPoliceHeader(opts: { file: string; header: string[] }): IssueGroup[] {
	const issue = (rule: string, value: string | null, expected: string, action: string) => ({
		file: opts.file,
		rule,
		column: value,
		severity: 'error' as const,
		count: 1,
		examples: [{ line: 1, value }],
		expected,
		action
	});
	if (opts.header.length === 0 || opts.header.every((h) => h === '')) {
		return [
			issue('empty-file', null, 'a CSV header line', 'The file is empty: download it again.')
		];
	}
	const seen = new Set<string>();
	const duplicates = opts.header.filter((h) => (seen.has(h) ? true : (seen.add(h), false)));
	if (duplicates.length) {
		return [
			issue(
				'header-duplicate',
				duplicates[0]!,
				'each column name once',
				'Remove or rename the repeated column in the header line.'
			)
		];
	}
	const missing = POLICE_STREET_REQUIRED.filter((c) => !seen.has(c));
	return missing.map((column) =>
		issue(
			'header-missing',
			column,
			`a police.uk street-level header with ${POLICE_STREET_REQUIRED.join(', ')}`,
			`Add the "${column}" column, or upload the file as police.uk downloads it.`
		)
	);
}
