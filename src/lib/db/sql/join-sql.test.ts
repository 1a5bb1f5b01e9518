import { describe, expect, it } from 'vitest';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import { joinSql } from './join-sql';

const columns = joinSql({
	parts: [
		{ sql: '? AS a', params: ['x'] },
		{ sql: '1 AS b' },
		{ sql: '? || ? AS c', params: ['y', 'z'] }
	],
	separator: ', '
});

describe('joinSql', () => {
	it.each([
		{ name: 'nothing', parts: [], separator: ', ', expected: { sql: '', params: [] } },
		{
			name: 'parts with and without values',
			parts: [
				{ sql: 'a = ?', params: [1] },
				{ sql: 'b' },
				{ sql: 'c IN (?, ?)', params: ['x', null] }
			],
			separator: ' AND ',
			expected: { sql: 'a = ? AND b AND c IN (?, ?)', params: [1, 'x', null] }
		}
	])('$name', ({ parts, separator, expected }) => {
		expect(joinSql({ parts, separator })).toEqual(expected);
	});

	testSqlCases([
		{
			name: 'each value lands in its own part',
			query: { sql: `SELECT ${columns.sql}`, params: columns.params },
			rows: [{ a: 'x', b: 1, c: 'yz' }]
		}
	]);
});
