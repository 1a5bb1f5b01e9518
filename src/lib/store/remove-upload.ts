import type { Connector } from '../db/connector';
import { removeUploadSql } from '../db/sql/uploads-sql';
import { inTransaction } from '../db/transaction';

/** Removes uploads atomically. @example await removeUploads({ db, uploadIds: [7] }) */
export async function removeUploads(opts: { db: Connector; uploadIds: number[] }): Promise<void> {
	await inTransaction({
		db: opts.db,
		queries: opts.uploadIds.flatMap((uploadId) => removeUploadSql({ uploadId }))
	});
}
