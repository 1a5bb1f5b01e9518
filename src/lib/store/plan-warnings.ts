import type { Connector } from '../db/connector';
import { fileNameMonthIssue } from '../ingest/police/file-name-month-issue';
import type { IssueGroup } from '../ingest/types';
import type { MonthPlan } from './month-plan';
import { olderDownloadIssue } from './older-download-issue';

/**
 * Warnings only the plan can give, shown with it: a police.uk file whose rows are not for the month
 * its name says, and a download older than the one stored.
 * @example await planWarnings({ db, file: '2021-06-city-of-london-street.csv', format: 'police-street', months })
 */
export async function planWarnings(opts: {
	db: Connector;
	file: string;
	format: string | null;
	months: MonthPlan[];
}): Promise<IssueGroup[]> {
	const { db, file, format } = opts;
	const named = fileNameMonthIssue({ file, format, months: opts.months.map((m) => m.month) });
	const older = await olderDownloadIssue({ db, file });
	return [named, older].filter((i): i is IssueGroup => i !== null);
}
