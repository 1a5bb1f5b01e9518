import { describe } from 'vitest';
import { seed, testSqlCases } from '../../../../tests/support/sql-cases';
import { markVersionSql } from './marks-sql';
import {
	latestVersionSql,
	nextVersionSql,
	recordVersionSql,
	tableExistsSql,
	versionsSql
} from './versions-sql';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const upload = (id: number, name: string) => ({
	sql: `INSERT INTO uploads VALUES (?, ?, 'sha', 'police-street', 1, NULL, NULL, 1, TIMESTAMP '2026-01-05 09:00:00')`,
	params: [id, name]
});
const counts = (n: number, r: number, v: number) => ({ new: n, replaced: r, revised: v });
const version = (
	v: number,
	nowMs: number,
	createdBy: string,
	uploadIds: number[],
	c = counts(1, 0, 0)
) =>
	recordVersionSql({
		version: v,
		nowMs,
		createdBy,
		via: 'cli',
		action: 'import',
		counts: c,
		uploadIds
	});
const uploads = seed(upload(1, 'a.csv'), upload(2, 'b.csv'), upload(3, 'c.csv'));
const listed = (v: number, createdBy: string, files: string[], c: number[], ms = T0) => ({
	version: v,
	created_ms: ms,
	created_by: createdBy,
	via: 'cli',
	action: 'import',
	months_new: c[0],
	months_replaced: c[1],
	months_revised: c[2],
	months_removed: 0,
	rolled_back_to: null,
	files,
	meeting: null,
	meeting_date: null
});

describe('versions-sql', () => {
	testSqlCases([
		{ name: 'versionsSql with none', query: versionsSql(), rows: [] },
		{ name: 'latestVersionSql with none', query: latestVersionSql(), rows: [{ version: 0 }] },
		{
			name: 'recordVersionSql numbers versions on from the last, newest listed first',
			query: [
				...version(1, T0, 'ana', [1, 2], counts(2, 1, 0)),
				...version(2, T0 + 1000, 'ops', [3], counts(0, 0, 1)),
				versionsSql()
			],
			setup: uploads,
			rows: [
				listed(2, 'ops', ['c.csv'], [0, 0, 1], T0 + 1000),
				listed(1, 'ana', ['a.csv', 'b.csv'], [2, 1, 0])
			]
		},
		{
			name: 'a version whose upload was later removed lists no file',
			query: [
				...version(1, T0, 'ana', [1]),
				{ sql: 'DELETE FROM uploads WHERE upload_id = 1' },
				versionsSql()
			],
			setup: uploads,
			rows: [listed(1, 'ana', [], [1, 0, 0])]
		},
		{
			name: 'a rollback records no uploads, the version it went back to and the months removed',
			query: [
				...version(1, T0, 'ana', [1]),
				...recordVersionSql({
					version: 2,
					nowMs: T0 + 1000,
					createdBy: 'ana',
					via: 'web',
					action: 'rollback',
					counts: { new: 0, replaced: 0, revised: 0, removed: 1 },
					uploadIds: [],
					rolledBackTo: 0
				}),
				...markVersionSql({
					version: 1,
					meeting: 'Safer City Partnership',
					date: '2021-02-25',
					by: 'ana',
					nowMs: T0
				}),
				versionsSql()
			],
			setup: uploads,
			rows: [
				{
					...listed(2, 'ana', [], [0, 0, 0], T0 + 1000),
					via: 'web',
					action: 'rollback',
					months_removed: 1,
					rolled_back_to: 0
				},
				{
					...listed(1, 'ana', ['a.csv'], [1, 0, 0]),
					meeting: 'Safer City Partnership',
					meeting_date: '2021-02-25'
				}
			]
		},
		{ name: 'nextVersionSql with none', query: nextVersionSql(), rows: [{ version: 1 }] },
		{
			name: 'nextVersionSql after two',
			query: [...version(1, T0, 'ana', [1]), ...version(2, T0, 'ana', [2]), nextVersionSql()],
			setup: uploads,
			rows: [{ version: 3 }]
		},
		{
			name: 'tableExistsSql of a table there',
			query: tableExistsSql({ name: 'dataset_versions' }),
			rows: [{ present: true }]
		},
		{
			name: 'tableExistsSql of a table not there',
			query: tableExistsSql({ name: 'nothing' }),
			rows: [{ present: false }]
		}
	]);
});
