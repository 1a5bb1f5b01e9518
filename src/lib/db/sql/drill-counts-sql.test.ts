import { describe } from 'vitest';
import { seedMonths } from '../../../../tests/support/seed-store';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import type { Connector } from '../connector';
import { drillCountsSql } from './drill-counts-sql';

// Burglary: June 2021 two "Under investigation" and one charged; June 2020 one charged. Drugs and
// another area are never counted.
const rows: [string, string, string, string | null, string | null][] = [
	['Test Force', 'Burglary', '2021-06', 'Under investigation', 'On or near Bank'],
	['Test Force', 'Burglary', '2021-06', 'Under investigation', 'On or near Bank'],
	['Test Force', 'Burglary', '2021-06', 'Charged', null],
	['Test Force', 'Burglary', '2020-06', 'Charged', 'On or near Bank'],
	['Test Force', 'Drugs', '2021-06', 'Charged', 'On or near Bank'],
	['Elsewhere', 'Burglary', '2021-06', 'Charged', 'On or near Bank']
];

const seeded = async (db: Connector) => {
	await seedMonths({
		db,
		months: { '2020-06': { Burglary: 1 }, '2021-06': { Burglary: 3, Drugs: 1 } }
	});
	await seedMonths({ db, area: 'Elsewhere', months: { '2021-06': { Burglary: 1 } }, firstId: 3 });
	for (const [i, [area, category, month, outcome, location]] of rows.entries())
		await db.query({
			sql: `INSERT INTO incidents (source, area, category, month, outcome, location, upload_id, source_row)
				VALUES ('police-street', ?, ?, ?::DATE, ?, ?, ?, ?)`,
			params: [
				area,
				category,
				`${month}-01`,
				outcome,
				location,
				area === 'Elsewhere' ? 3 : month === '2020-06' ? 1 : 2,
				i
			]
		});
};

const june = {
	period: { start: '2021-06', end: '2021-06' },
	base: { start: '2020-06', end: '2020-06' }
};

describe('drill-counts-sql', () => {
	testSqlCases([
		{
			name: 'outcomes of one type, this June against last',
			query: drillCountsSql({
				source: 'police-street',
				area: 'Test Force',
				category: 'Burglary',
				by: 'outcome',
				...june
			}),
			setup: seeded,
			rows: [
				{
					key: 'Under investigation',
					name: null,
					current: 2,
					base: 0,
					current_total: 3,
					base_total: 1
				},
				{ key: 'Charged', name: null, current: 1, base: 1, current_total: 3, base_total: 1 }
			]
		},
		{
			name: 'locations, the missing one last, limited',
			query: drillCountsSql({
				source: 'police-street',
				area: 'Test Force',
				category: 'Burglary',
				by: 'location',
				limit: 1,
				...june
			}),
			setup: seeded,
			rows: [
				{ key: 'On or near Bank', name: null, current: 2, base: 1, current_total: 3, base_total: 1 }
			]
		}
	]);
});
