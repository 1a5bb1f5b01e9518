import { describe, expect } from 'vitest';
import { seed, testSqlCases } from '../../../../tests/support/sql-cases';
import { replaceRowsSql } from './replace-rows-sql';
import { targetsSql } from './targets-sql';

const targets = seed(
	replaceRowsSql({
		table: 'targets',
		columns: [
			'source',
			'area',
			'category',
			'period',
			'kind',
			'value',
			'baseline',
			'close_margin',
			'note'
		],
		rows: [
			['police-street', null, 'Burglary', '2021-22', 'reduce-by', 10, null, null, 'every area'],
			['police-street', 'Camden', 'Robbery', '2021-22', 'reduce-by', 5, null, 1, null],
			['police-street', 'City', 'Drugs', '2021-22', 'reduce-by', 3, null, null, null],
			['lfb', null, 'Fire', '2021-22', 'reduce-by', 2, null, null, null]
		]
	})
);
const target = (source: string, area: string | null, category: string) =>
	expect.objectContaining({ source, area, category });

describe('targetsSql', () => {
	testSqlCases([
		{
			name: 'every target',
			query: targetsSql(),
			setup: targets,
			rows: [
				target('lfb', null, 'Fire'),
				target('police-street', null, 'Burglary'),
				target('police-street', 'City', 'Drugs'),
				target('police-street', 'Camden', 'Robbery')
			]
		},
		{
			name: 'one source',
			query: targetsSql({ source: 'lfb' }),
			setup: targets,
			rows: [target('lfb', null, 'Fire')]
		},
		{
			name: 'one source and area, area-wide ones included',
			query: targetsSql({ source: 'police-street', area: 'Camden' }),
			setup: targets,
			rows: [
				{
					source: 'police-street',
					area: null,
					category: 'Burglary',
					period: '2021-22',
					kind: 'reduce-by',
					value: 10,
					baseline: null,
					closeMargin: null,
					note: 'every area'
				},
				target('police-street', 'Camden', 'Robbery')
			]
		},
		{
			name: 'one area of any source',
			query: targetsSql({ area: 'City' }),
			setup: targets,
			rows: [
				target('lfb', null, 'Fire'),
				target('police-street', null, 'Burglary'),
				target('police-street', 'City', 'Drugs')
			]
		}
	]);
});
