import { checkHeader } from '../ingest/detect/check-header';
import { policeIncidentsSql } from './police/police-incidents-sql';
import { stagePoliceStreet } from './police/stage-police-street';
import { groupIssues } from '../ingest/validation/group-issues';
import { rejectStage, type Staged } from './staged';

/**
 * Checks a police.uk street-level header (current or older layout), then bulk-loads and checks
 * every row through DuckDB's CSV reader — the fast path for files of hundreds of megabytes. Rows
 * are kept to store only when it is not a dry run.
 * @example await stagePoliceFile({ db, name, bytes, kind: 'police-street', header, encoding: 'utf-8', now })
 */
export async function stagePoliceFile(
	opts: Parameters<typeof stagePoliceStreet>[0] & { kind: 'police-street' | 'police-street-legacy' }
): Promise<Staged> {
	const { name, kind } = opts;
	const headerIssues = checkHeader({ kind, header: opts.header, fileName: name });
	if (headerIssues.some((i) => i.severity === 'error')) {
		return rejectStage({ format: kind, name, issues: headerIssues });
	}
	const staged = await stagePoliceStreet(opts);
	const issues = [...groupIssues({ issues: headerIssues }), ...staged.issues];
	const ok = !issues.some((i) => i.severity === 'error');
	const gaps = staged.gaps;
	const commit = ok ? (uploadId: number) => [policeIncidentsSql({ uploadId, gaps })] : null;
	return { format: kind, rows: staged.rows, issues, commit };
}
