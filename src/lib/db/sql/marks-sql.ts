import type { Query } from '../connector';

/**
 * Marks a version as presented at a meeting on a date (`YYYY-MM-DD`), replacing any mark it had;
 * a version that does not exist is left alone (see versionExistsSql).
 * @example markVersionSql({ version: 7, meeting: 'Safer City Partnership', date: '2021-02-25', by: 'ana', nowMs })
 */
export function markVersionSql(opts: {
	version: number;
	meeting: string;
	date: string;
	by: string;
	nowMs: number;
}): Query[] {
	return [
		...unmarkVersionSql({ version: opts.version }),
		{
			sql: `INSERT INTO version_marks
SELECT version, ?, CAST(? AS DATE), ?, epoch_ms(CAST(? AS BIGINT))
FROM dataset_versions WHERE version = CAST(? AS INTEGER)`,
			params: [opts.meeting, opts.date, opts.by, opts.nowMs, opts.version]
		}
	];
}

/** Removes a version's committee mark, if it has one. @example unmarkVersionSql({ version: 7 }) */
export function unmarkVersionSql(opts: { version: number }): Query[] {
	return [
		{
			sql: 'DELETE FROM version_marks WHERE version = CAST(? AS INTEGER)',
			params: [opts.version]
		}
	];
}

/** Whether a version exists (`present`). @example versionExistsSql({ version: 7 }) */
export function versionExistsSql(opts: { version: number }): Query {
	return {
		sql: 'SELECT count(*) > 0 AS present FROM dataset_versions WHERE version = CAST(? AS INTEGER)',
		params: [opts.version]
	};
}
