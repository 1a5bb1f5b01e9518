import type { Query } from '../db/connector';
import type { IssueGroup, ValidationIssue } from '../ingest/types';
import { groupIssues } from '../ingest/validation/group-issues';
import { issueMaker } from '../ingest/validation/issue-maker';

/** A file checked and staged (STAGE_COUNTS / STAGE_MONTHS filled), ready to plan and store. */
export interface Staged {
	/** The layout read (`police-street`, `mopac-wide`, `custom:<name>`…); null when unreadable. */
	format: string | null;
	rows: number;
	issues: IssueGroup[];
	/** Statements storing the file's own rows under an upload id; null when the file is rejected. */
	commit: ((uploadId: number) => Query[]) | null;
	/** The file's row count when it is not the sum of its months' rows (measures span months). */
	uploadRows?: number;
	/** The plan's query, when the layout is not replaced by source, area and month (measures). */
	plan?: Query;
}

/**
 * A file that cannot be stored, with its problems grouped; adds a `no-rows` error when the
 * problems are only warnings but nothing is left to store.
 * @example rejectStage({ format: 'mopac-wide', name: 'mps.csv', issues })
 */
export function rejectStage(opts: {
	format: string | null;
	name: string;
	issues: ValidationIssue[];
}): Staged {
	const issues = opts.issues.some((i) => i.severity === 'error')
		? opts.issues
		: [...opts.issues, nothingToStore(opts.name)];
	return { format: opts.format, rows: 0, issues: groupIssues({ issues }), commit: null };
}

const nothingToStore = (file: string): ValidationIssue =>
	issueMaker({ file })({
		rule: 'no-rows',
		expected: 'at least one figure to store',
		action: 'every row was skipped (see the warnings); correct the file and upload it again'
	});
