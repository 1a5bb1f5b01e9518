import { describe } from 'vitest';
import { seedMonths } from '../../../../tests/support/seed-store';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import type { Connector } from '../connector';
import { monthlyCountsSql } from './monthly-counts-sql';

const seeded = async (db: Connector) => {
	await seedMonths({
		db,
		months: { '2021-04': { Burglary: 2 }, '2021-05': { Drugs: 1 }, '2021-06': { Burglary: 3 } }
	});
	await seedMonths({
		db,
		source: 'lfb',
		area: 'Camden',
		months: { '2021-05': { Fire: 4 } },
		firstId: 9
	});
};

describe('monthly-counts-sql', () => {
	testSqlCases([
		{
			name: 'two ranges in two areas',
			query: monthlyCountsSql({
				areas: ['Test Force', 'Camden'],
				ranges: [
					{ start: '2021-04', end: '2021-04' },
					{ start: '2021-05', end: '2021-05' }
				]
			}),
			setup: seeded,
			rows: [
				{ source: 'lfb', area: 'Camden', category: 'Fire', month: '2021-05', count: 4 },
				{
					source: 'police-street',
					area: 'Test Force',
					category: 'Burglary',
					month: '2021-04',
					count: 2
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
			name: 'one area, overlapping ranges count each month once',
			query: monthlyCountsSql({
				areas: ['Test Force'],
				ranges: [
					{ start: '2021-05', end: '2021-06' },
					{ start: '2021-06', end: '2021-07' }
				]
			}),
			setup: seeded,
			rows: [
				{
					source: 'police-street',
					area: 'Test Force',
					category: 'Burglary',
					month: '2021-06',
					count: 3
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
			name: 'no ranges match nothing',
			query: monthlyCountsSql({ areas: ['Test Force'], ranges: [] }),
			setup: seeded,
			rows: []
		}
	]);
});
