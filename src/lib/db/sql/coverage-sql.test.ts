import { describe } from 'vitest';
import { seedMonths } from '../../../../tests/support/seed-store';
import type { Connector } from '../connector';
import { VERSIONS_BACKFILL } from '../versions-schema';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import { coveredMonthsSql, lastMonthSql, seriesSql } from './coverage-sql';

const seeded = async (db: Connector) => {
	await seedMonths({ db, months: { '2021-04': {}, '2021-06': { Burglary: 1 } } });
	await db.query({
		sql: `INSERT INTO upload_months VALUES (9, 'lfb', 'Camden', DATE '2020-01-01', 1, 0)`
	});
	for (const sql of VERSIONS_BACKFILL) await db.query({ sql });
};
const area = { source: 'police-street', area: 'Test Force' };

describe('coverage-sql', () => {
	testSqlCases([
		{
			name: 'seriesSql',
			query: seriesSql(),
			setup: seeded,
			rows: [
				{
					source: 'police-street',
					area: 'Test Force',
					first_month: '2021-04',
					last_month: '2021-06',
					months: 2
				},
				{ source: 'lfb', area: 'Camden', first_month: '2020-01', last_month: '2020-01', months: 1 }
			]
		},
		{
			name: 'coveredMonthsSql',
			query: coveredMonthsSql(area),
			setup: seeded,
			rows: [{ month: '2021-04' }, { month: '2021-06' }]
		},
		{
			name: 'lastMonthSql',
			query: lastMonthSql(area),
			setup: seeded,
			rows: [{ month: '2021-06' }]
		},
		{
			name: 'lastMonthSql of an area without data',
			query: lastMonthSql({ source: 'lfb', area: 'Test Force' }),
			setup: seeded,
			rows: [{ month: null }]
		}
	]);
});
