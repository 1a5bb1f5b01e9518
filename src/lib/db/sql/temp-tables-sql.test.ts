import { describe } from 'vitest';
import { seed, testSqlCases } from '../../../../tests/support/sql-cases';
import { dropTempTableSql, renameTempTableSql, tempTablesSql } from './temp-tables-sql';

const staged = seed(
	{ sql: 'CREATE TEMP TABLE stage_counts (n INTEGER)' },
	{ sql: 'CREATE TEMP TABLE stage_months (n INTEGER)' }
);

describe('temp-tables-sql', () => {
	testSqlCases([
		{
			name: 'tempTablesSql lists the staging',
			query: tempTablesSql(),
			setup: staged,
			rows: [{ name: 'stage_counts' }, { name: 'stage_months' }]
		},
		{
			name: 'renameTempTableSql puts one under a prefix',
			query: [
				renameTempTableSql({ from: 'stage_counts', to: 'held_0_stage_counts' }),
				tempTablesSql()
			],
			setup: staged,
			rows: [{ name: 'held_0_stage_counts' }, { name: 'stage_months' }]
		},
		{
			name: 'dropTempTableSql drops one, and one not there is no error',
			query: [
				dropTempTableSql({ name: 'stage_counts' }),
				dropTempTableSql({ name: 'nothing' }),
				tempTablesSql()
			],
			setup: staged,
			rows: [{ name: 'stage_months' }]
		}
	]);
});
