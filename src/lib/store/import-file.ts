import type { Connector } from '../db/connector';
import type { IssueGroup } from '../ingest/types';
import { sniffHeader } from '../ingest/sniff-header';
import { stagePoliceStreet } from '../ingest/police/stage-police-street';
import { commitIncidentsSql } from '../ingest/police/police-incidents-sql';
import { commitStagedSql, planSql } from './stage-sql';
import { summarisePlan, type MonthPlan, type PlanRow } from './month-plan';
import { inTransaction } from './transaction';
import { sha256 } from './sha256';
import type { LoadProgress } from '../ingest/load-progress';

export interface ImportResult {
	file: string;
	format: string | null;
	status: 'stored' | 'unchanged' | 'rejected' | 'planned';
	rows: number;
	months: MonthPlan[];
	issues: IssueGroup[];
	uploadId: number | null;
}

/**
 * Validates a file, works out what it would change, and (unless `dryRun`) stores it atomically.
 * @example await importFile({ db, name: '2021-06-city-of-london-street.csv', bytes, now: new Date() })
 */
export async function importFile(opts: {
	db: Connector;
	name: string;
	bytes: Uint8Array;
	now: Date;
	dryRun?: boolean;
	signal?: AbortSignal;
	onProgress?: (p: LoadProgress) => void;
	/** Bytes per bulk-load chunk (progress and cancel happen between chunks). */
	chunkBytes?: number;
}): Promise<ImportResult> {
	const { db, name } = opts;
	const base = { file: name, rows: 0, months: [], issues: [], uploadId: null };
	const { header } = sniffHeader({ bytes: opts.bytes });
	const staged = await stagePoliceStreet({ ...opts, header });
	if (staged.format == null || staged.issues.some((i) => i.severity === 'error')) {
		return { ...base, format: staged.format, status: 'rejected', issues: staged.issues };
	}
	const planRows = await db.query<PlanRow & Record<string, unknown>>(planSql());
	const months = summarisePlan({ rows: planRows });
	const result = {
		...base,
		format: staged.format,
		rows: staged.rows,
		months,
		issues: staged.issues
	};
	if (opts.dryRun) return { ...result, status: 'planned' };
	if (months.every((m) => m.status === 'unchanged')) return { ...result, status: 'unchanged' };

	const [{ next }] = (await db.query<{ next: number }>({
		sql: 'SELECT (coalesce(max(upload_id), 0) + 1)::INTEGER AS next FROM uploads'
	})) as [{ next: number }];
	const digest = await sha256({ bytes: opts.bytes });
	const meta = { uploadId: next, fileName: name, sha256: digest, format: staged.format };
	await inTransaction({
		db,
		queries: [
			...commitStagedSql({ ...meta, uploadedAt: opts.now.toISOString() }),
			commitIncidentsSql({ uploadId: next })
		]
	});
	return { ...result, status: 'stored', uploadId: next };
}
