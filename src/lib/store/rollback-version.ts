import type { Connector, Row } from '../db/connector';
import {
	rollbackCoverageSql,
	versionChangesSql,
	type VersionChangeRow
} from '../db/sql/coverage-changes-sql';
import { latestVersionSql, recordVersionSql } from '../db/sql/versions-sql';
import { runAll } from '../db/transaction';

/** A rollback that cannot be made, in a sentence fit to show. */
export class RollbackRefused extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'RollbackRefused';
	}
}

/**
 * Rolls the figures back to how they were at version `to` (0: before the first version) in one
 * transaction, as a new version (action 'rollback') listing the months it changed; later versions
 * stay, so a rollback can itself be rolled back. Throws RollbackRefused for a version that is
 * not there, is the latest, or has the same figures as the latest.
 * @example await rollbackVersion({ db, to: 6, now: new Date(), createdBy: 'ana', via: 'web' }) // { version: 9, changes }
 */
export async function rollbackVersion(opts: {
	db: Connector;
	to: number;
	now: Date;
	createdBy: string;
	via: 'web' | 'cli';
}): Promise<{ version: number; changes: VersionChangeRow[] }> {
	const { db, to } = opts;
	const [{ version: latest }] = (await db.query<{ version: number }>(latestVersionSql())) as [
		{ version: number }
	];
	if (!Number.isInteger(to) || to < 0 || to > latest)
		throw new RollbackRefused(
			`There is no version ${to}: the versions run from 1 to ${latest} (0 is before the first).`
		);
	if (to === latest)
		throw new RollbackRefused(
			`Version ${to} is the latest already: there is nothing to roll back.`
		);
	const version = latest + 1;
	await db.query({ sql: 'BEGIN TRANSACTION' });
	try {
		await runAll({ db, queries: rollbackCoverageSql({ version, to }) });
		const changes = await db.query<VersionChangeRow & Row>(versionChangesSql({ version }));
		if (!changes.length)
			throw new RollbackRefused(
				`Version ${to} has the same figures as the latest (${latest}): there is nothing to roll back.`
			);
		const count = (kind: string) => changes.filter((c) => c.kind === kind).length;
		const counts = {
			new: count('new'),
			replaced: count('replaced'),
			revised: count('revised'),
			removed: count('removed')
		};
		const record = recordVersionSql({
			version,
			nowMs: opts.now.getTime(),
			createdBy: opts.createdBy,
			via: opts.via,
			action: 'rollback',
			counts,
			uploadIds: [],
			rolledBackTo: to
		});
		await runAll({ db, queries: record });
		await db.query({ sql: 'COMMIT' });
		return { version, changes };
	} catch (error) {
		await db.query({ sql: 'ROLLBACK' }).catch(() => {});
		throw error;
	}
}
