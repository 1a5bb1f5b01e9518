import type { Connector } from '../db/connector';
import { latestVersionSql, recordVersionSql } from '../db/sql/versions-sql';
import { inTransaction } from '../db/transaction';
import type { ImportResult } from './finish-import';

/**
 * Records one dataset version for the files an import stored, with who made it and how many
 * months it brought new, replaced and revised; returns its number, or null when nothing was stored.
 * @example await recordImportVersion({ db, results, createdBy: 'ana', nowMs: Date.now() }) // 4
 */
export async function recordImportVersion(opts: {
	db: Connector;
	results: ImportResult[];
	createdBy: string;
	nowMs: number;
}): Promise<number | null> {
	const stored = opts.results.filter((r) => r.status === 'stored' && r.uploadId !== null);
	if (!stored.length) return null;
	const months = stored.flatMap((r) => r.months);
	const count = (status: string) => months.filter((m) => m.status === status).length;
	await inTransaction({
		db: opts.db,
		queries: recordVersionSql({
			nowMs: opts.nowMs,
			createdBy: opts.createdBy,
			via: 'cli',
			action: 'import',
			counts: { new: count('new'), replaced: count('replaced'), revised: count('revised') },
			uploadIds: stored.map((r) => r.uploadId!)
		})
	});
	const [latest] = await opts.db.query<{ version: number }>(latestVersionSql());
	return latest!.version;
}
