import { describe } from 'vitest';
import { seedMonths } from '../../../../tests/support/seed-store';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import { categoriesSql } from './categories-sql';

describe('categoriesSql', () => {
	testSqlCases([
		{
			name: 'the categories of one source, A to Z, once each',
			query: categoriesSql({ source: 'police-street' }),
			setup: (db) =>
				seedMonths({
					db,
					months: { '2021-05': { Robbery: 1, Burglary: 2 }, '2021-06': { Burglary: 3, Drugs: 1 } }
				}),
			rows: [{ category: 'Burglary' }, { category: 'Drugs' }, { category: 'Robbery' }]
		},
		{
			name: 'none for a source without data',
			query: categoriesSql({ source: 'lfb' }),
			setup: (db) => seedMonths({ db, months: { '2021-06': { Burglary: 3 } } }),
			rows: []
		}
	]);
});
