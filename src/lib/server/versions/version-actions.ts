import { addAuditSql, type AuditEntry } from '../../db/sql/audit-sql';
import { StoreBusyError } from '../../db/store-busy-error';
import { MarkRefused, markVersion } from '../../store/mark-version';
import { RollbackRefused, rollbackVersion } from '../../store/rollback-version';
import { withAccounts } from '../accounts/accounts-holder';
import { NoStoreError, writeStore } from '../publish/store-writer';
import { storeBusyMessage } from '../store-busy-message';

/** How long a rollback or mark waits for the CLI to finish with the store. */
const WAIT_MS = 2_000;

/** What an analyst's action on the versions page came to: done, or refused with a sentence. */
export type VersionActionOutcome = { ok: true; message: string } | { ok: false; message: string };

/**
 * Rolls the store back to version `to` as the CLI would (under the store's lock), audited with
 * who and from where; a refusal (no such version, the store busy) comes back as a sentence.
 * @example await rollbackAction({ dataDir: 'data', to: 3, actor: 'ana', ip: '127.0.0.1' })
 */
export async function rollbackAction(opts: {
	dataDir: string;
	to: number;
	actor: string;
	ip: string | null;
}): Promise<VersionActionOutcome> {
	return refusals(opts.dataDir, async () => {
		const done = await writeStore({
			dataDir: opts.dataDir,
			what: 'a rollback from the dashboard',
			waitMs: WAIT_MS,
			work: (db) =>
				rollbackVersion({ db, to: opts.to, now: new Date(), createdBy: opts.actor, via: 'web' })
		});
		const detail = `${done.changes.length} month${done.changes.length === 1 ? '' : 's'} changed`;
		await audit({ ...opts, action: 'rolled back', subject: `to version ${opts.to}`, detail });
		return `Rolled back to the figures of version ${opts.to}, as version ${done.version}.`;
	});
}

/**
 * Marks (or, `meeting` null, unmarks) a version as presented to a committee, under the store's
 * lock, audited. @example await markAction({ dataDir: 'data', version: 7, meeting: 'Safer City Partnership', date: '2021-02-25', actor: 'ana', ip: null })
 */
export async function markAction(opts: {
	dataDir: string;
	version: number;
	meeting: string | null;
	date: string;
	actor: string;
	ip: string | null;
}): Promise<VersionActionOutcome> {
	return refusals(opts.dataDir, async () => {
		await writeStore({
			dataDir: opts.dataDir,
			what: 'a version mark from the dashboard',
			waitMs: WAIT_MS,
			work: (db) => markVersion({ db, ...opts, by: opts.actor, now: new Date() })
		});
		const subject = `version ${opts.version}`;
		if (opts.meeting === null) {
			await audit({ ...opts, action: 'removed version mark', subject, detail: null });
			return `Version ${opts.version} is no longer marked.`;
		}
		const detail = `${opts.meeting.trim()}, ${opts.date}`;
		await audit({ ...opts, action: 'marked version', subject, detail });
		return `Version ${opts.version} marked as presented to ${detail}.`;
	});
}

async function refusals(
	dataDir: string,
	work: () => Promise<string>
): Promise<VersionActionOutcome> {
	try {
		return { ok: true, message: await work() };
	} catch (failure) {
		if (failure instanceof RollbackRefused || failure instanceof MarkRefused)
			return { ok: false, message: failure.message };
		if (failure instanceof NoStoreError) return { ok: false, message: failure.message };
		if (failure instanceof StoreBusyError)
			return {
				ok: false,
				message: storeBusyMessage({ dataDir, error: failure, retry: 'try again' })
			};
		throw failure;
	}
}

async function audit(opts: Omit<AuditEntry, 'via'> & { actor: string }): Promise<void> {
	const entry: AuditEntry = { ...opts, via: 'web' };
	await withAccounts((db) => db.query(addAuditSql({ nowMs: Date.now(), entry })));
}
