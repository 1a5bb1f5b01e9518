import { describe } from 'vitest';
import { seed, testSqlCases } from '../../../../tests/support/sql-cases';
import { populationsSql } from './populations-sql';
import { replaceRowsSql } from './replace-rows-sql';

const populations = seed(
	replaceRowsSql({
		table: 'populations',
		columns: ['area', 'year', 'population', 'value'],
		rows: [
			['City of London', 2021, 'Residents', 8600],
			['City of London', 2020, 'Residents', 8500],
			['City of London', 2021, 'Workday population', 540000],
			['Camden', 2021, 'Residents', 210000]
		]
	})
);
const row = (area: string, year: number, population: string, value: number) => ({
	area,
	year,
	population,
	value
});

describe('populationsSql', () => {
	testSqlCases([
		{
			name: 'every denominator',
			query: populationsSql(),
			setup: populations,
			rows: [
				row('Camden', 2021, 'Residents', 210000),
				row('City of London', 2020, 'Residents', 8500),
				row('City of London', 2021, 'Residents', 8600),
				row('City of London', 2021, 'Workday population', 540000)
			]
		},
		{
			name: 'one area',
			query: populationsSql({ area: 'Camden' }),
			setup: populations,
			rows: [row('Camden', 2021, 'Residents', 210000)]
		},
		{
			name: 'one population in any case',
			query: populationsSql({ population: 'workday POPULATION' }),
			setup: populations,
			rows: [row('City of London', 2021, 'Workday population', 540000)]
		},
		{
			name: 'one area and population',
			query: populationsSql({ area: 'City of London', population: 'residents' }),
			setup: populations,
			rows: [
				row('City of London', 2020, 'Residents', 8500),
				row('City of London', 2021, 'Residents', 8600)
			]
		}
	]);
});
