import { describe } from 'vitest';
import { testSqlCases } from '../../../tests/support/sql-cases';
import { stageMeasures, testMeasure } from '../../../tests/support/stage-test-rows';
import { commitMeasuresSql, stageFromMeasuresSql } from './measures-sql';
import { STAGE_COUNTS, STAGE_MONTHS } from './stage-sql';

const staged = (db: Parameters<typeof stageMeasures>[0]['db']) =>
	stageMeasures({
		db,
		rows: [
			testMeasure({}),
			testMeasure({
				measure: 'Repeat victims',
				period: '2021-03',
				period_start: '2021-03-01',
				period_end: '2021-03-01',
				source_row: 3
			})
		]
	});

describe('measures-sql', () => {
	testSqlCases([
		{
			name: 'stageFromMeasuresSql: every month of each period, no counts',
			query: [
				...stageFromMeasuresSql(),
				{
					sql: `SELECT strftime(month, '%Y-%m') AS month, rows, (SELECT count(*)::INTEGER FROM ${STAGE_COUNTS}) AS counts
FROM ${STAGE_MONTHS} ORDER BY month`
				}
			],
			setup: staged,
			rows: [
				{ month: '2021-01', rows: 1, counts: 0 },
				{ month: '2021-02', rows: 1, counts: 0 },
				{ month: '2021-03', rows: 2, counts: 0 }
			]
		},
		{
			name: 'commitMeasuresSql',
			query: [
				commitMeasuresSql({ uploadId: 5 }),
				{
					sql: 'SELECT measure, period_end, upload_id, source_row FROM measures ORDER BY source_row'
				}
			],
			setup: staged,
			rows: [
				{ measure: 'Referrals', period_end: '2021-03-01', upload_id: 5, source_row: 2 },
				{ measure: 'Repeat victims', period_end: '2021-03-01', upload_id: 5, source_row: 3 }
			]
		}
	]);
});
