import { userInfo } from 'node:os';
import { MarkRefused, markVersion } from '../lib/store/mark-version';
import { RollbackRefused, rollbackVersion } from '../lib/store/rollback-version';
import { openStore } from './open-store';

/**
 * `rollback --to N`: the figures as they were at version N, as a new version; prints what it
 * changed. Returns the exit code.
 * @example await rollbackCommand({ to: '3', dataDir: 'data', log: console.log })
 */
export async function rollbackCommand(opts: {
	to?: string;
	dataDir: string;
	actor?: string;
	log: (line: string) => void;
}): Promise<number> {
	if (!opts.to || !/^\d+$/.test(opts.to)) {
		opts.log('Say which version to roll back to: rollback --to N (see "versions").');
		return 2;
	}
	const db = await openStore({ dataDir: opts.dataDir, what: 'a rollback' });
	try {
		const createdBy = opts.actor ?? userInfo().username;
		const to = Number(opts.to);
		const done = await rollbackVersion({ db, to, now: new Date(), createdBy, via: 'cli' });
		for (const c of done.changes)
			opts.log(
				`${c.source}, ${c.area}, ${c.month}: ${c.old_count ?? 'no data'} → ${c.new_count ?? 'no data'}`
			);
		opts.log(`Dataset version ${done.version}: the figures of version ${to}.`);
		return 0;
	} catch (error) {
		if (!(error instanceof RollbackRefused)) throw error;
		opts.log(error.message);
		return 1;
	} finally {
		await db.close();
	}
}

/**
 * `mark N --meeting NAME --date YYYY-MM-DD` (or `--remove`): records that version N was presented
 * to a committee meeting. Returns the exit code.
 * @example await markCommand({ args: ['7'], meeting: 'Safer City Partnership', date: '2021-02-25', dataDir: 'data', log: console.log })
 */
export async function markCommand(opts: {
	args: string[];
	meeting?: string;
	date?: string;
	remove?: boolean;
	dataDir: string;
	actor?: string;
	log: (line: string) => void;
}): Promise<number> {
	const [text] = opts.args;
	if (!text || !/^\d+$/.test(text) || (!opts.remove && !opts.meeting)) {
		opts.log(
			'Usage: mark N --meeting "Safer City Partnership" --date 2021-02-25, or mark N --remove'
		);
		return 2;
	}
	const version = Number(text);
	const db = await openStore({ dataDir: opts.dataDir, what: 'a version mark' });
	try {
		const by = opts.actor ?? userInfo().username;
		const meeting = opts.remove ? null : opts.meeting!;
		await markVersion({ db, version, meeting, date: opts.date, by, now: new Date() });
		opts.log(
			meeting
				? `Version ${version}: as presented to ${meeting.trim()}, ${opts.date}.`
				: `Version ${version}: mark removed.`
		);
		return 0;
	} catch (error) {
		if (!(error instanceof MarkRefused)) throw error;
		opts.log(error.message);
		return 1;
	} finally {
		await db.close();
	}
}
