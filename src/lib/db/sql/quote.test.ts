import { describe, expect, it } from 'vitest';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import { monthParam, quoteIdent } from './quote';

const names = ['Crime ID', 'say "hi"', 'a;b', '"', 'select'];

describe('quoteIdent', () => {
	it.each([
		['Crime ID', '"Crime ID"'],
		['say "hi"', '"say ""hi"""'],
		['"', '""""'],
		['', '""']
	])('%s → %s', (name, quoted) => {
		expect(quoteIdent(name)).toBe(quoted);
	});

	testSqlCases([
		{
			name: 'any header text is a column name DuckDB reads back unchanged',
			query: {
				sql: `SELECT column_name AS name FROM (DESCRIBE SELECT ${names.map((n, i) => `${i} AS ${quoteIdent(n)}`).join(', ')})`
			},
			rows: names.map((n) => ({ name: n }))
		}
	]);
});

describe('monthParam', () => {
	it.each([
		['2021-06', '2021-06-01'],
		['1999-12', '1999-12-01']
	])('%s → %s', (month, day) => {
		expect(monthParam(month)).toBe(day);
	});

	testSqlCases([
		{
			name: 'DuckDB binds it as a DATE',
			query: { sql: 'SELECT CAST(? AS DATE) AS d', params: [monthParam('2021-06')] },
			rows: [{ d: '2021-06-01' }]
		}
	]);
});
