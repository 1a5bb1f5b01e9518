import type { Connector } from '../db/connector';
import { markVersionSql, unmarkVersionSql, versionExistsSql } from '../db/sql/marks-sql';
import { inTransaction } from '../db/transaction';

/** A mark that cannot be made, in a sentence fit to show. */
export class MarkRefused extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MarkRefused';
	}
}

const MAX_MEETING = 120;

/**
 * Marks a version as presented to a committee meeting on a date (`YYYY-MM-DD`), replacing any
 * mark it had; `meeting` null removes its mark. Throws MarkRefused for a version not there, a
 * meeting name empty or too long, or a date that is not a real one.
 * @example await markVersion({ db, version: 7, meeting: 'Safer City Partnership', date: '2021-02-25', by: 'ana', now: new Date() })
 */
export async function markVersion(opts: {
	db: Connector;
	version: number;
	meeting: string | null;
	date?: string;
	by: string;
	now: Date;
}): Promise<void> {
	const { db, version } = opts;
	const [exists] = await db.query<{ present: boolean }>(versionExistsSql({ version }));
	if (!exists?.present) throw new MarkRefused(`There is no version ${version} to mark.`);
	if (opts.meeting === null) {
		await inTransaction({ db, queries: unmarkVersionSql({ version }) });
		return;
	}
	const meeting = opts.meeting.trim();
	if (!meeting || meeting.length > MAX_MEETING)
		throw new MarkRefused(
			`Name the meeting in 1 to ${MAX_MEETING} characters, e.g. "Safer City Partnership".`
		);
	const date = opts.date ?? '';
	if (!isRealDate(date))
		throw new MarkRefused(`"${date}" is not a date written YYYY-MM-DD, e.g. 2021-02-25.`);
	const queries = markVersionSql({
		version,
		meeting,
		date,
		by: opts.by,
		nowMs: opts.now.getTime()
	});
	await inTransaction({ db, queries });
}

function isRealDate(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const d = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
