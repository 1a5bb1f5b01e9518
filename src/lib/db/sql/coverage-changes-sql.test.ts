import { describe } from 'vitest';
import { seed, testSqlCases } from '../../../../tests/support/sql-cases';
import {
	pinCopySql,
	recordUploadCoverageSql,
	rollbackCoverageSql,
	versionChangesSql
} from './coverage-changes-sql';

/** Upload [id] holds a June (and a July) of Burglary [count]; a measure upload 9. */
const month = (id: number, m: string, count: number) => [
	{
		sql: `INSERT INTO upload_months VALUES (?, 'p', 'City', ?::DATE, 1, ?)`,
		params: [id, `${m}-01`, count]
	},
	{
		sql: `INSERT INTO upload_counts VALUES (?, 'p', 'City', 'Burglary', ?::DATE, ?)`,
		params: [id, `${m}-01`, count]
	}
];
const measure = {
	sql: `INSERT INTO measures VALUES ('measures', 'City', 'On time', '2021-06', DATE '2021-06-01',
	DATE '2021-06-01', 70, 'percent', 60, 'up', 9, 1)`
};
const uploads = seed(
	month(1, '2021-06', 212),
	month(2, '2021-06', 215),
	month(2, '2021-07', 9),
	measure
);
const coverage = {
	sql: `SELECT strftime(month, '%Y-%m') AS month, upload_id FROM coverage ORDER BY month`
};
const v1 = recordUploadCoverageSql({ version: 1, uploadId: 1 });
const v2 = recordUploadCoverageSql({ version: 2, uploadId: 2 });

describe('coverage-changes-sql', () => {
	testSqlCases([
		{
			name: 'recordUploadCoverageSql makes an upload current from its version on',
			query: [...v1, ...v2, coverage],
			setup: uploads,
			rows: [
				{ month: '2021-06', upload_id: 2 },
				{ month: '2021-07', upload_id: 2 }
			]
		},
		{
			name: 'recordUploadCoverageSql: a later file of the same version takes the month over',
			query: [
				...recordUploadCoverageSql({ version: 1, uploadId: 2 }),
				...recordUploadCoverageSql({ version: 1, uploadId: 1 }),
				{ sql: 'SELECT count(*)::INTEGER AS n FROM coverage_changes' },
				coverage
			],
			setup: uploads,
			rows: [
				{ month: '2021-06', upload_id: 1 },
				{ month: '2021-07', upload_id: 2 }
			]
		},
		{
			name: 'recordUploadCoverageSql of a measures upload',
			query: [
				...recordUploadCoverageSql({ version: 1, uploadId: 9 }),
				{ sql: 'SELECT measure, value, upload_id FROM current_measures' }
			],
			setup: uploads,
			rows: [{ measure: 'On time', value: 70, upload_id: 9 }]
		},
		{
			name: 'rollbackCoverageSql brings back version 1 (July had no data then)',
			query: [...v1, ...v2, ...rollbackCoverageSql({ version: 3, to: 1 }), coverage],
			setup: uploads,
			rows: [{ month: '2021-06', upload_id: 1 }]
		},
		{
			name: 'versionChangesSql of one version, with old and new counts',
			query: [
				...v1,
				...v2,
				...rollbackCoverageSql({ version: 3, to: 1 }),
				versionChangesSql({ version: 3 })
			],
			setup: uploads,
			rows: [
				{
					version: 3,
					source: 'p',
					area: 'City',
					month: '2021-06',
					old_count: 215,
					new_count: 212,
					kind: 'replaced'
				},
				{
					version: 3,
					source: 'p',
					area: 'City',
					month: '2021-07',
					old_count: 9,
					new_count: null,
					kind: 'removed'
				}
			]
		},
		{
			name: 'versionChangesSql of every version, newest first',
			query: [...v1, ...v2, versionChangesSql()],
			setup: uploads,
			rows: [
				{
					version: 2,
					source: 'p',
					area: 'City',
					month: '2021-06',
					old_count: 212,
					new_count: 215,
					kind: 'replaced'
				},
				{
					version: 2,
					source: 'p',
					area: 'City',
					month: '2021-07',
					old_count: null,
					new_count: 9,
					kind: 'new'
				},
				{
					version: 1,
					source: 'p',
					area: 'City',
					month: '2021-06',
					old_count: null,
					new_count: 212,
					kind: 'new'
				}
			]
		},
		{
			name: 'pinCopySql shows a copy as of version 1',
			query: [...v1, ...v2, ...pinCopySql({ version: 1 }), coverage],
			setup: uploads,
			rows: [{ month: '2021-06', upload_id: 1 }]
		}
	]);
});
