import { describe } from 'vitest';
import { seedMonths } from '../../../tests/support/seed-store';
import { testSqlCases } from '../../../tests/support/sql-cases';
import { stageIncidents, testIncident } from '../../../tests/support/stage-test-rows';
import type { Connector } from '../db/connector';
import { recordUploadCoverageSql } from '../db/sql/coverage-changes-sql';
import { runAll } from '../db/transaction';
import { STAGE_INCIDENTS } from './incidents-sql';
import { stageRows } from './stage-rows';
import {
	commitStagedSql,
	planSql,
	stageFromCountsSql,
	stageFromIncidentsSql,
	stagedMonthsStoredSql,
	STAGE_COUNTS,
	STAGE_MONTHS
} from './stage-sql';

const COUNT_ROWS = 'stage "count" rows';
const counts = (db: Connector) =>
	stageRows({
		db,
		name: 'x.csv',
		table: COUNT_ROWS,
		columns: {
			source: 'VARCHAR',
			area: 'VARCHAR',
			category: 'VARCHAR',
			month: 'DATE',
			count: 'INTEGER'
		},
		rows: [
			{
				source: 'police-street',
				area: 'Test Force',
				category: 'Burglary',
				month: '2021-06-01',
				count: 2
			},
			{
				source: 'police-street',
				area: 'Test Force',
				category: 'Burglary',
				month: '2021-06-01',
				count: 3
			},
			{
				source: 'police-street',
				area: 'Test Force',
				category: 'Drugs',
				month: '2021-07-01',
				count: 1
			}
		]
	});
/** Stored: June with 4 burglaries (upload 1). Staged: June with 5, and July. */
const planned = async (db: Connector) => {
	await seedMonths({ db, months: { '2021-06': { Burglary: 4 } } });
	await counts(db);
	await runAll({ db, queries: stageFromCountsSql({ table: COUNT_ROWS }) });
};
const stagedCounts = {
	sql: `SELECT category, strftime(month, '%Y-%m') AS month, count FROM ${STAGE_COUNTS} ORDER BY month, category`
};
const stagedMonths = {
	sql: `SELECT strftime(month, '%Y-%m') AS month, rows FROM ${STAGE_MONTHS} ORDER BY month`
};
const meta = {
	uploadId: 2,
	fileName: 'x.csv',
	sha256: 'abc',
	format: 'mopac-wide',
	uploadedAt: '2026-01-02T03:04:05Z'
};

describe('stage-sql', () => {
	testSqlCases([
		{
			name: 'stageFromIncidentsSql',
			query: [...stageFromIncidentsSql({ table: STAGE_INCIDENTS }), stagedCounts],
			setup: (db) =>
				stageIncidents({
					db,
					rows: [
						testIncident({}),
						testIncident({ crime_id: 'b' }),
						testIncident({ category: 'Drugs' })
					]
				}),
			rows: [
				{ category: 'Burglary', month: '2021-06', count: 2 },
				{ category: 'Drugs', month: '2021-06', count: 1 }
			]
		},
		{
			name: 'stageFromCountsSql, from a table whose name needs quoting',
			query: [...stageFromCountsSql({ table: COUNT_ROWS }), stagedMonths],
			setup: counts,
			rows: [
				{ month: '2021-06', rows: 1 },
				{ month: '2021-07', rows: 1 }
			]
		},
		{
			name: 'planSql',
			query: planSql(),
			setup: planned,
			rows: [
				{
					source: 'police-street',
					area: 'Test Force',
					month: '2021-06',
					new_rows: 1,
					old_rows: 4,
					old_upload_id: 1,
					same_content: false,
					category: 'Burglary',
					old_count: 4,
					new_count: 5
				},
				{
					source: 'police-street',
					area: 'Test Force',
					month: '2021-07',
					new_rows: 1,
					old_rows: null,
					old_upload_id: null,
					same_content: false,
					category: null,
					old_count: null,
					new_count: null
				}
			]
		},
		{
			name: 'commitStagedSql with the rows summed',
			query: [
				...commitStagedSql(meta),
				{
					sql: "SELECT upload_id, rows, months, strftime(uploaded_at, '%Y-%m-%d %H:%M:%S') AS uploaded_at FROM uploads WHERE upload_id = 2"
				}
			],
			setup: planned,
			rows: [{ upload_id: 2, rows: 2, months: 2, uploaded_at: '2026-01-02 03:04:05' }]
		},
		{
			name: 'commitStagedSql with the rows given',
			query: [
				...commitStagedSql({ ...meta, rows: 9 }),
				...recordUploadCoverageSql({ version: 1, uploadId: 2 }),
				{
					sql: "SELECT category, strftime(month, '%Y-%m') AS month, count FROM monthly_counts ORDER BY month"
				}
			],
			setup: planned,
			rows: [
				{ category: 'Burglary', month: '2021-06', count: 5 },
				{ category: 'Drugs', month: '2021-07', count: 1 }
			]
		},
		{
			name: 'stagedMonthsStoredSql',
			query: stagedMonthsStoredSql(),
			setup: planned,
			rows: [{ stored: true }]
		}
	]);
});
