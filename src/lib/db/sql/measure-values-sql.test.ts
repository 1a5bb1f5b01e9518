import { describe } from 'vitest';
import { seed, testSqlCases } from '../../../../tests/support/sql-cases';
import { VERSIONS_BACKFILL } from '../versions-schema';
import { measureValuesSql } from './measure-values-sql';

const insert = (
	upload: number,
	measure: string,
	period: string,
	start: string,
	end: string,
	value: number
) => ({
	sql: `INSERT INTO measures VALUES ('measures', 'City', ?, ?, ?::DATE, ?::DATE, ?, 'percent', 60, 'up', ?, 1)`,
	params: [measure, period, `${start}-01`, `${end}-01`, value, upload]
});
const setup = seed(
	insert(1, 'On time', '2021-04', '2021-04', '2021-04', 70),
	insert(2, 'On time', '2021-04', '2021-04', '2021-04', 75),
	insert(1, 'On time', '2021-Q2', '2021-04', '2021-06', 72),
	insert(1, 'Done', '2021/22', '2021-04', '2022-03', 50),
	VERSIONS_BACKFILL.map((sql) => ({ sql }))
);
const row = (measure: string, period: string, start: string, end: string, value: number) => ({
	source: 'measures',
	area: 'City',
	measure,
	period,
	start,
	end,
	value,
	unit: 'percent',
	target: 60,
	direction: 'up'
});

describe('measure-values-sql', () => {
	testSqlCases([
		{
			name: 'inside a quarter: the month (its later upload) and the quarter, not the year',
			query: measureValuesSql({ areas: ['City'], ranges: [{ start: '2021-04', end: '2021-06' }] }),
			setup,
			rows: [
				row('On time', '2021-04', '2021-04', '2021-04', 75),
				row('On time', '2021-Q2', '2021-04', '2021-06', 72)
			]
		},
		{
			name: 'one measure, whole history',
			query: measureValuesSql({ areas: ['City'], measure: 'Done' }),
			setup,
			rows: [row('Done', '2021/22', '2021-04', '2022-03', 50)]
		},
		{
			name: 'another area',
			query: measureValuesSql({
				areas: ['Elsewhere'],
				ranges: [{ start: '2021-04', end: '2022-03' }]
			}),
			setup,
			rows: []
		}
	]);
});
