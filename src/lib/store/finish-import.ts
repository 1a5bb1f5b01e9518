import type { Connector } from '../db/connector';
import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import { readAll, type FileBody } from '../ingest/file-body';
import { LoadCancelled } from '../ingest/load-progress';
import type { FormatDetection, IssueGroup } from '../ingest/types';
import { summarisePlan, type MonthPlan, type PlanRow } from './month-plan';
import { planWarnings } from './plan-warnings';
import { sha256 } from './sha256';
import type { Staged } from './staged';
import { commitStagedSql, planSql } from './stage-sql';
import { inTransaction } from '../db/transaction';
import { nextUploadIdSql } from '../db/sql/uploads-sql';

/** What importing one file found and did. */
export interface ImportResult {
	file: string;
	/** The layout read (`police-street`, `mopac-wide`, `custom:<name>`…); null when unreadable. */
	format: string | null;
	/** What the header looked like and why, in words fit to show; null when unreadable. */
	detection: FormatDetection | null;
	/** The column mapping the file was read with, if any. */
	mapping: ColumnMapping | null;
	status: 'stored' | 'unchanged' | 'rejected' | 'planned';
	rows: number;
	months: MonthPlan[];
	issues: IssueGroup[];
	uploadId: number | null;
	/** The stored file's sha256; null unless stored. */
	sha256: string | null;
}

/**
 * Plans a staged file against the store (new / replaced / revised / unchanged per source, area
 * and month) and, unless it is rejected, a dry run or changes nothing, stores it in one transaction.
 * @example await finishImport({ db, name, bytes, now, staged, detection, mapping: null })
 */
export async function finishImport(opts: {
	db: Connector;
	name: string;
	bytes: FileBody;
	now: Date;
	staged: Staged;
	detection: FormatDetection | null;
	mapping: ColumnMapping | null;
	dryRun?: boolean;
	signal?: AbortSignal;
}): Promise<ImportResult> {
	const { db, name, staged } = opts;
	const result = {
		file: name,
		format: staged.format,
		detection: opts.detection,
		mapping: opts.mapping,
		rows: staged.rows,
		months: [] as MonthPlan[],
		issues: staged.issues,
		uploadId: null,
		sha256: null
	};
	const commit = staged.commit;
	if (!commit || staged.format === null || staged.issues.some((i) => i.severity === 'error')) {
		return { ...result, rows: 0, status: 'rejected' };
	}
	const planRows = await db.query<PlanRow & Record<string, unknown>>(staged.plan ?? planSql());
	const months = summarisePlan({ rows: planRows });
	const warnings = await planWarnings({ db, file: name, format: staged.format, months });
	const planned = { ...result, months, issues: [...staged.issues, ...warnings] };
	if (opts.dryRun) return { ...planned, status: 'planned' };
	if (months.every((m) => m.status === 'unchanged')) return { ...planned, status: 'unchanged' };
	if (opts.signal?.aborted) throw new LoadCancelled(name);

	const [{ next }] = (await db.query<{ next: number }>(nextUploadIdSql())) as [{ next: number }];
	const meta = {
		uploadId: next,
		fileName: name,
		sha256: await sha256({ bytes: await readAll({ body: opts.bytes }) }),
		format: staged.format,
		uploadedAt: opts.now.toISOString(),
		rows: staged.uploadRows
	};
	await inTransaction({ db, queries: [...commitStagedSql(meta), ...commit(next)] });
	return { ...planned, status: 'stored', uploadId: next, sha256: meta.sha256 };
}
