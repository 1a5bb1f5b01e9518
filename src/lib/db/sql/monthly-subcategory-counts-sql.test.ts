import { describe } from 'vitest';
import { seedKinds } from '../../../../tests/support/seed-kinds';
import { seedMonths } from '../../../../tests/support/seed-store';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import type { Connector } from '../connector';
import { monthlySubcategoryCountsSql } from './monthly-subcategory-counts-sql';

const area = 'City of London';
const seeded = async (db: Connector) => {
	await seedMonths({
		db,
		source: 'lfb',
		area,
		months: { '2021-05': { Fire: 3, 'Special Service': 2 }, '2021-06': { Fire: 1 } }
	});
	await seedKinds({
		db,
		area,
		months: {
			'2021-05': {
				Fire: { 'Primary Fire': 2, 'Secondary Fire': 1 },
				'Special Service': { RTC: 1, '': 1 }
			},
			'2021-06': { Fire: { 'Primary Fire': 1 } }
		}
	});
};
const row = (category: string, subcategory: string | null, month: string, count: number) => ({
	source: 'lfb',
	area,
	category,
	subcategory,
	month,
	count
});

describe('monthly-subcategory-counts-sql', () => {
	testSqlCases([
		{
			name: 'one area, overlapping ranges count each month once, a kind not recorded last',
			query: monthlySubcategoryCountsSql({
				areas: [area],
				ranges: [
					{ start: '2021-05', end: '2021-05' },
					{ start: '2021-04', end: '2021-05' }
				]
			}),
			setup: seeded,
			rows: [
				row('Fire', 'Primary Fire', '2021-05', 2),
				row('Fire', 'Secondary Fire', '2021-05', 1),
				row('Special Service', 'RTC', '2021-05', 1),
				row('Special Service', null, '2021-05', 1)
			]
		},
		{
			name: 'another area matches nothing',
			query: monthlySubcategoryCountsSql({
				areas: ['Camden'],
				ranges: [{ start: '2021-01', end: '2021-12' }]
			}),
			setup: seeded,
			rows: []
		},
		{
			name: 'no areas and no ranges',
			query: monthlySubcategoryCountsSql({ areas: [], ranges: [] }),
			rows: []
		}
	]);
});
