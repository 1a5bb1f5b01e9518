import { existsSync } from 'node:fs';
import type { Row } from '../lib/db/connector';
import { openWhenFree } from '../lib/db/open-when-free.server';
import { tableExistsSql, versionsSql, type VersionRow } from '../lib/db/sql/versions-sql';
import { lockWaitMs } from '../lib/server/lock-wait';
import { storePath } from '../lib/server/store-path';

/**
 * `versions`: every dataset version, newest first, with who made it, when, and what it changed.
 * @example await versionsCommand({ dataDir: 'data', log: console.log })
 */
export async function versionsCommand(opts: {
	dataDir: string;
	log: (line: string) => void;
}): Promise<number> {
	const path = storePath(opts);
	if (!existsSync(path)) {
		opts.log(`No store at ${path}: import files first with "npm run cli -- import <files…>".`);
		return 1;
	}
	const db = await openWhenFree({ path, readOnly: true, waitMs: lockWaitMs() });
	try {
		const [table] = await db.query<{ present: boolean }>(
			tableExistsSql({ name: 'dataset_versions' })
		);
		const versions = table?.present ? await db.query<VersionRow & Row>(versionsSql()) : [];
		if (!versions.length)
			opts.log('No dataset versions yet: each import that stores files makes one.');
		for (const v of versions) opts.log(describeVersion(v));
		return 0;
	} finally {
		await db.close();
	}
}

/**
 * One version in a line. @example describeVersion(v) // 'v2  2026-01-05 09:00 UTC  ana (command line)  import of 2 files — months: 1 new, 1 replaced'
 */
export function describeVersion(
	v: Pick<VersionRow, 'version' | 'created_ms' | 'created_by' | 'via' | 'action' | 'files'> &
		Partial<VersionRow> & { months_new: number; months_replaced: number; months_revised: number }
): string {
	const when = `${new Date(v.created_ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
	const via = v.via === 'cli' ? 'command line' : 'web';
	const months = (
		[
			['new', v.months_new],
			['replaced', v.months_replaced],
			['revised', v.months_revised],
			['removed', v.months_removed ?? 0]
		] as const
	)
		.filter(([, n]) => n > 0)
		.map(([kind, n]) => `${n} ${kind}`);
	const files = v.files.length === 1 ? `1 file (${v.files[0]})` : `${v.files.length} files`;
	const what =
		v.action === 'rollback' ? `rollback to v${v.rolled_back_to}` : `${v.action} of ${files}`;
	const changed = months.length ? ` — months: ${months.join(', ')}` : '';
	const mark = v.meeting ? ` — presented to ${v.meeting}, ${v.meeting_date}` : '';
	return `v${v.version}  ${when}  ${v.created_by} (${via})  ${what}${changed}${mark}`;
}
