import { describe } from 'vitest';
import { seed, testSqlCases } from '../../../../tests/support/sql-cases';
import { breaksSql } from './breaks-sql';
import { replaceRowsSql } from './replace-rows-sql';

const breaks = seed(
	replaceRowsSql({
		table: 'breaks',
		columns: ['source', 'category', 'month', 'note'],
		rows: [
			['police-street', 'Drugs', '2019-04-01', 'drug recording changed'],
			['lfb', null, '2018-01-01', 'new system'],
			['police-street', null, '2019-04-01', 'ASB reporting method changed']
		]
	})
);

describe('breaksSql', () => {
	testSqlCases([
		{
			name: 'every source',
			query: breaksSql(),
			setup: breaks,
			rows: [
				{ source: 'lfb', category: null, month: '2018-01', note: 'new system' },
				{
					source: 'police-street',
					category: null,
					month: '2019-04',
					note: 'ASB reporting method changed'
				},
				{
					source: 'police-street',
					category: 'Drugs',
					month: '2019-04',
					note: 'drug recording changed'
				}
			]
		},
		{
			name: 'one source',
			query: breaksSql({ source: 'lfb' }),
			setup: breaks,
			rows: [{ source: 'lfb', category: null, month: '2018-01', note: 'new system' }]
		}
	]);
});
