import type { Connector, Query } from '../db/connector';
import { inTransaction } from '../db/transaction';

const TABLES = ['incidents', 'measures', 'upload_counts', 'upload_months', 'uploads'] as const;

/** Deletes one upload's rows everywhere; its months fall back to the upload before it, or to empty. */
export function removeUploadSql(opts: { uploadId: number }): Query[] {
	return TABLES.map((table) => ({
		sql: `DELETE FROM ${table} WHERE upload_id = CAST(? AS INTEGER)`,
		params: [opts.uploadId]
	}));
}

/** Removes uploads atomically. @example await removeUploads({ db, uploadIds: [7] }) */
export async function removeUploads(opts: { db: Connector; uploadIds: number[] }): Promise<void> {
	await inTransaction({
		db: opts.db,
		queries: opts.uploadIds.flatMap((uploadId) => removeUploadSql({ uploadId }))
	});
}
