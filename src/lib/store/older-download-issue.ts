import type { Connector } from '../db/connector';
import type { IssueGroup } from '../ingest/types';
import { olderDownloadSql, type OlderMonthRow } from './older-download-sql';

/**
 * A warning when a file brings back months an earlier upload held and a later one replaced: a
 * download older than the one stored. police.uk files carry no download date, so "older" is read
 * from the data: a staged month equal (rows and content fingerprint) to a superseded upload of it.
 * A later download revises outcomes, so an earlier download's month never equals a later one's
 * by chance; a month that differs from every stored version is a new revision, not older.
 * @example await olderDownloadIssue({ db, file: '2021-06-city-of-london-street.csv' })
 */
export async function olderDownloadIssue(opts: {
	db: Connector;
	file: string;
}): Promise<IssueGroup | null> {
	const rows = await opts.db.query<OlderMonthRow & Record<string, unknown>>(olderDownloadSql());
	const first = rows[0];
	if (!first) return null;
	const months = rows.map((r) => r.month);
	const span =
		months.length === 1
			? first.month
			: `${months.length} months (${months[0]} to ${months.at(-1)})`;
	return {
		file: opts.file,
		rule: 'download-older',
		column: null,
		severity: 'warning',
		count: rows.length,
		examples: rows.slice(0, 3).map((r) => ({ line: null, value: `${r.month} ${r.area}` })),
		expected: 'a download at least as new as the one stored',
		action: `This download is older than the one stored: its ${span} for ${first.area} are what '${first.older_file}' (uploaded ${first.older_uploaded}) held before '${first.current_file}' (uploaded ${first.current_uploaded}) replaced them. Storing it brings the older figures back; skip it unless that is what you want, or remove the newer upload instead.`
	};
}
