import { exportPublished } from '../data/export-published';
import { openAsBlob } from 'node:fs';
import { addAuditSql } from '../../db/sql/audit-sql';
import { StoreBusyError } from '../../db/store-busy-error';
import { publishFiles } from '../../store/publish-files';
import type { ImportResult } from '../../store/import-file';
import { withAccounts } from '../accounts/accounts-holder';
import { storeBusyMessage } from '../store-busy-message';
import type { PublishFile } from './publish-request';
import { NoStoreError, writeStore } from './store-writer';
import { UploadRefused } from './upload-refused';

/** How long a publish waits for the CLI to finish with the store before answering 503. */
const WAIT_MS = 2_000;
/** What a publish answers that waited too long: try again after this many seconds. */
export const RETRY_AFTER_S = 10;

/** A check's or a publish's outcome: every file's result, and the new version (null: none). */
export interface PublishOutcome {
	dryRun: boolean;
	results: ImportResult[];
	version: number | null;
}

/**
 * Checks kept uploads against the store with the same ingest code as the CLI, and unless
 * `dryRun` (and only if no file is rejected) publishes them as one new dataset version, taking
 * the store's lock like the CLI and auditing who published what. Throws an UploadRefused (503
 * while the CLI holds the store) or the failure; the store is then as it was.
 * @example await runPublish({ dataDir: 'data', files, dryRun: false, actor: 'ana', ip: '127.0.0.1' })
 */
export async function runPublish(opts: {
	dataDir: string;
	files: PublishFile[];
	dryRun: boolean;
	actor: string;
	ip: string | null;
}): Promise<PublishOutcome> {
	const files = await Promise.all(
		opts.files.map(async (f) => ({
			name: f.name,
			bytes: await openAsBlob(f.path),
			format: f.format,
			mapping: f.mapping,
			measureDefaults: f.measureDefaults
		}))
	);
	let outcome;
	try {
		outcome = await writeStore({
			dataDir: opts.dataDir,
			what: opts.dryRun ? 'a check from the dashboard' : 'a publish from the dashboard',
			waitMs: WAIT_MS,
			work: (db) =>
				publishFiles({
					db,
					files,
					now: new Date(),
					createdBy: opts.actor,
					via: 'web',
					dryRun: opts.dryRun
				})
		});
	} catch (failure) {
		if (failure instanceof StoreBusyError)
			throw new UploadRefused({
				status: 503,
				message: storeBusyMessage({ dataDir: opts.dataDir, error: failure, retry: 'publish again' })
			});
		if (failure instanceof NoStoreError)
			throw new UploadRefused({ status: 503, message: failure.message });
		throw failure;
	}
	if (outcome.version !== null) {
		await audit({ ...opts, version: outcome.version, results: outcome.results });
		await exportPublished({ dataDir: opts.dataDir });
	}
	return { dryRun: opts.dryRun, ...outcome };
}

async function audit(opts: {
	actor: string;
	ip: string | null;
	version: number;
	files: PublishFile[];
	results: ImportResult[];
}): Promise<void> {
	const months = opts.results.flatMap((r) => r.months);
	const count = (status: string) => months.filter((m) => m.status === status).length;
	const files = opts.files.map((f) => `${f.name} (${f.sha256.slice(0, 12)})`).join(', ');
	const detail = `${files}; months: ${count('new')} new, ${count('replaced')} replaced, ${count('revised')} revised`;
	const entry = {
		actor: opts.actor,
		via: 'web' as const,
		action: 'published',
		subject: `version ${opts.version}`,
		detail,
		ip: opts.ip
	};
	await withAccounts((db) => db.query(addAuditSql({ nowMs: Date.now(), entry })));
}
