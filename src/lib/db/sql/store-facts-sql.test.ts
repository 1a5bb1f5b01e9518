import { describe } from 'vitest';
import { seedMonths } from '../../../../tests/support/seed-store';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import type { Connector } from '../connector';
import { coverageAllSql, seriesCategoriesSql, uploadHashesSql } from './store-facts-sql';

const seeded = async (db: Connector) => {
	await seedMonths({ db, months: { '2021-04': {}, '2021-06': { Drugs: 1, Burglary: 2 } } });
	await seedMonths({
		db,
		source: 'lfb',
		area: 'Camden',
		months: { '2020-01': { Fire: 1 } },
		firstId: 5
	});
};

describe('store-facts-sql', () => {
	testSqlCases([
		{
			name: 'coverageAllSql',
			query: coverageAllSql(),
			setup: seeded,
			rows: [
				{ source: 'lfb', area: 'Camden', month: '2020-01' },
				{ source: 'police-street', area: 'Test Force', month: '2021-04' },
				{ source: 'police-street', area: 'Test Force', month: '2021-06' }
			]
		},
		{
			name: 'seriesCategoriesSql',
			query: seriesCategoriesSql(),
			setup: seeded,
			rows: [
				{ source: 'lfb', area: 'Camden', category: 'Fire' },
				{ source: 'police-street', area: 'Test Force', category: 'Burglary' },
				{ source: 'police-street', area: 'Test Force', category: 'Drugs' }
			]
		},
		{ name: 'uploadHashesSql', query: uploadHashesSql(), setup: seeded, rows: [{ sha256: 'x' }] }
	]);
});
