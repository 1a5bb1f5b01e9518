import { describe } from 'vitest';
import { seedMonths } from '../../../../tests/support/seed-store';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import type { Connector } from '../connector';
import { copyCurrentTablesSql, CURRENT_COPIES } from './current-tables-sql';
import { monthlyCountsSql } from './monthly-counts-sql';
import { monthlySubcategoryCountsSql } from './monthly-subcategory-counts-sql';

const seeded = async (db: Connector) => {
	await seedMonths({ db, months: { '2021-04': { Burglary: 2 }, '2021-05': { Drugs: 1 } } });
	// A later upload replaces April: the copy holds only what the view says now.
	await seedMonths({ db, months: { '2021-04': { Burglary: 5 } }, firstId: 9 });
};
const ranges = [{ start: '2021-04', end: '2021-05' }];
const areas = ['Test Force'];

describe('current-tables-sql', () => {
	testSqlCases([
		{
			name: 'copies, then the counts read from the copy',
			query: [
				...copyCurrentTablesSql(),
				monthlyCountsSql({ areas, ranges, from: CURRENT_COPIES.counts })
			],
			setup: seeded,
			rows: [
				{
					source: 'police-street',
					area: 'Test Force',
					category: 'Burglary',
					month: '2021-04',
					count: 5
				},
				{
					source: 'police-street',
					area: 'Test Force',
					category: 'Drugs',
					month: '2021-05',
					count: 1
				}
			]
		},
		{
			name: 'the kinds read from their copy',
			query: [
				...copyCurrentTablesSql(),
				monthlySubcategoryCountsSql({ areas, ranges, from: CURRENT_COPIES.subcategories })
			],
			setup: seeded
		}
	]);
});
