import type { Connector, Query } from '../db/connector';
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
import { recordUploadCoverageSql } from '../db/sql/coverage-changes-sql';
import { nextVersionSql, recordVersionSql } from '../db/sql/versions-sql';

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

/** Who a stored file's dataset version is recorded as made by, and through what. */
export interface ImportAuthor {
	/** Default 'this browser': a browser's own saves, before they are published. */
	createdBy?: string;
	via?: 'web' | 'cli';
	/**
	 * Hand the statements that store the file (given its upload id) to the caller instead of
	 * running them, the result staying 'planned' (publishFiles stores many files at once).
	 */
	defer?: (held: DeferredImport) => void;
}

/** A planned file's store statements, to run later inside the caller's transaction. */
export interface DeferredImport {
	sha256: string;
	queries: (uploadId: number) => Query[];
}

/**
 * Plans a staged file against the store (new / replaced / revised / unchanged per source, area
 * and month) and, unless it is rejected, a dry run or changes nothing, stores it in one
 * transaction as a dataset version of its own (or hands its statements to `defer`).
 * @example await finishImport({ db, name, bytes, now, staged, detection, mapping: null })
 */
export async function finishImport(
	opts: {
		db: Connector;
		name: string;
		bytes: FileBody;
		now: Date;
		staged: Staged;
		detection: FormatDetection | null;
		mapping: ColumnMapping | null;
		dryRun?: boolean;
		signal?: AbortSignal;
	} & ImportAuthor
): Promise<ImportResult> {
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

	const meta = {
		fileName: name,
		sha256: await sha256({ bytes: await readAll({ body: opts.bytes }) }),
		format: staged.format,
		uploadedAt: opts.now.toISOString(),
		rows: staged.uploadRows
	};
	const queries = (uploadId: number) => [
		...commitStagedSql({ ...meta, uploadId }),
		...commit(uploadId)
	];
	if (opts.defer) {
		opts.defer({ sha256: meta.sha256, queries });
		return { ...planned, status: 'planned' };
	}
	const [{ next }] = (await db.query<{ next: number }>(nextUploadIdSql())) as [{ next: number }];
	const [{ version }] = (await db.query<{ version: number }>(nextVersionSql())) as [
		{ version: number }
	];
	const count = (status: string) => months.filter((m) => m.status === status).length;
	const record = recordVersionSql({
		version,
		nowMs: opts.now.getTime(),
		createdBy: opts.createdBy ?? 'this browser',
		via: opts.via ?? 'web',
		action: 'import',
		counts: { new: count('new'), replaced: count('replaced'), revised: count('revised') },
		uploadIds: [next]
	});
	const coverage = recordUploadCoverageSql({ version, uploadId: next });
	await inTransaction({ db, queries: [...queries(next), ...coverage, ...record] });
	return { ...planned, status: 'stored', uploadId: next, sha256: meta.sha256 };
}
