import { describe } from 'vitest';
import { testSqlCases } from '../../../tests/support/sql-cases';
import { stageMeasures, testMeasure } from '../../../tests/support/stage-test-rows';
import type { Connector } from '../db/connector';
import { runAll } from '../db/transaction';
import { planMeasuresSql } from './measures-plan-sql';
import { commitMeasuresSql, stageFromMeasuresSql } from './measures-sql';
import { recordUploadCoverageSql } from '../db/sql/coverage-changes-sql';
import { commitStagedSql } from './stage-sql';

const referrals = testMeasure({});
const march = testMeasure({
	measure: 'Repeat victims',
	period: '2021-03',
	period_start: '2021-03-01',
	period_end: '2021-03-01'
});
const meta = {
	uploadId: 1,
	fileName: 'q1.csv',
	sha256: 'x',
	format: 'measures-long',
	uploadedAt: '2026-01-01'
};

/** Stored: Referrals for the quarter and Repeat victims for March; staged: the same Referrals. */
const staged = (again: typeof referrals) => async (db: Connector) => {
	await stageMeasures({ db, rows: [referrals, march] });
	await runAll({ db, queries: stageFromMeasuresSql() });
	await runAll({
		db,
		queries: [
			...commitStagedSql({ ...meta, rows: 2 }),
			commitMeasuresSql(meta),
			...recordUploadCoverageSql({ version: 1, uploadId: 1 })
		]
	});
	await stageMeasures({ db, rows: [again] });
	await runAll({ db, queries: stageFromMeasuresSql() });
};
const month = (m: string, old_rows: number, same_content: boolean, kept: string[] = []) => ({
	source: 'partner',
	area: 'Test Force',
	month: m,
	new_rows: 1 + kept.length,
	old_rows,
	same_content,
	category: null,
	old_count: null,
	new_count: null,
	kept
});

describe('planMeasuresSql', () => {
	testSqlCases([
		{
			name: 'the same measure again: unchanged, the other stored measure kept',
			query: planMeasuresSql(),
			setup: staged(referrals),
			rows: [
				month('2021-01', 1, true),
				month('2021-02', 1, true),
				month('2021-03', 2, true, ['Repeat victims'])
			]
		},
		{
			name: 'a new value for the measure: revised months',
			query: planMeasuresSql(),
			setup: staged({ ...referrals, value: 11 }),
			rows: [
				month('2021-01', 1, false),
				month('2021-02', 1, false),
				month('2021-03', 2, false, ['Repeat victims'])
			]
		}
	]);
});
