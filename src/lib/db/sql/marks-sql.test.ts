import { describe } from 'vitest';
import { seed, testSqlCases } from '../../../../tests/support/sql-cases';
import { markVersionSql, unmarkVersionSql, versionExistsSql } from './marks-sql';

const T0 = Date.UTC(2021, 1, 26, 10);
const versions = seed({
	sql: `INSERT INTO dataset_versions VALUES (7, TIMESTAMP '2021-02-20 09:00', 'ana', 'web', 'publish', 1, 0, 0, 0, NULL)`
});
const mark = (meeting: string, date: string) =>
	markVersionSql({ version: 7, meeting, date, by: 'ana', nowMs: T0 });
const marks = {
	sql: `SELECT version, meeting, strftime(meeting_date, '%Y-%m-%d') AS date, marked_by,
	epoch_ms(marked_at) AS at FROM version_marks`
};

describe('marks-sql', () => {
	testSqlCases([
		{
			name: 'markVersionSql marks a version',
			query: [...mark('Safer City Partnership', '2021-02-25'), marks],
			setup: versions,
			rows: [
				{
					version: 7,
					meeting: 'Safer City Partnership',
					date: '2021-02-25',
					marked_by: 'ana',
					at: T0
				}
			]
		},
		{
			name: 'markVersionSql again replaces the mark',
			query: [
				...mark('Safer City Partnership', '2021-02-25'),
				...mark('Police and Crime Board', '2021-03-04'),
				marks
			],
			setup: versions,
			rows: [
				{
					version: 7,
					meeting: 'Police and Crime Board',
					date: '2021-03-04',
					marked_by: 'ana',
					at: T0
				}
			]
		},
		{
			name: 'markVersionSql of a version not there marks nothing',
			query: [
				...markVersionSql({ version: 8, meeting: 'X', date: '2021-02-25', by: 'ana', nowMs: T0 }),
				marks
			],
			setup: versions,
			rows: []
		},
		{
			name: 'unmarkVersionSql removes it',
			query: [
				...mark('Safer City Partnership', '2021-02-25'),
				...unmarkVersionSql({ version: 7 }),
				marks
			],
			setup: versions,
			rows: []
		},
		{
			name: 'versionExistsSql of one there',
			query: versionExistsSql({ version: 7 }),
			setup: versions,
			rows: [{ present: true }]
		},
		{
			name: 'versionExistsSql of one not there',
			query: versionExistsSql({ version: 8 }),
			setup: versions,
			rows: [{ present: false }]
		}
	]);
});
