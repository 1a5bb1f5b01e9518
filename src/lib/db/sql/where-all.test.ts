import { describe, expect, it } from 'vitest';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import type { Query } from '../connector';
import { whereAll } from './where-all';

const x = (conditions: (Query | null)[]): Query => {
	const where = whereAll(conditions);
	return {
		sql: `SELECT x FROM (VALUES (1, 'a'), (2, 'b'), (3, 'a'), (4, 'c')) t(x, y)\n${where.sql}ORDER BY x`,
		params: where.params
	};
};
const xs = (...values: number[]) => values.map((v) => ({ x: v }));
const isA = { sql: 'y = ?', params: ['a'] };
const aOrB = { sql: 'y = ? OR y = ?', params: ['a', 'b'] };
const below = (n: number) => ({ sql: 'x < ?', params: [n] });

describe('whereAll', () => {
	it.each([
		{ name: 'no condition', conditions: [], expected: { sql: '', params: [] } },
		{ name: 'only nulls', conditions: [null, null], expected: { sql: '', params: [] } },
		{ name: 'one', conditions: [null, isA], expected: { sql: 'WHERE (y = ?)\n', params: ['a'] } },
		{
			name: 'two, values in order',
			conditions: [aOrB, null, below(3)],
			expected: { sql: 'WHERE (y = ? OR y = ?) AND (x < ?)\n', params: ['a', 'b', 3] }
		},
		{
			name: 'a condition without values',
			conditions: [{ sql: 'x IS NOT NULL' }, isA],
			expected: { sql: 'WHERE (x IS NOT NULL) AND (y = ?)\n', params: ['a'] }
		}
	])('$name', ({ conditions, expected }) => {
		expect(whereAll(conditions)).toEqual(expected);
	});

	testSqlCases([
		{ name: 'no condition keeps every row', query: x([null]), rows: xs(1, 2, 3, 4) },
		{ name: 'one condition', query: x([isA]), rows: xs(1, 3) },
		{ name: 'an OR stays inside its condition', query: x([aOrB, below(3)]), rows: xs(1, 2) },
		{ name: 'the values follow their conditions', query: x([below(4), aOrB]), rows: xs(1, 2, 3) }
	]);
});
