import { describe, expect, it } from 'vitest';
import { seed, testSqlCases } from '../../../../tests/support/sql-cases';
import type { SqlValue } from '../connector';
import { groupsSql } from './groups-sql';
import { replaceRowsSql } from './replace-rows-sql';

const columns = ['source', 'group_name', 'category'];
const member = (i: number): SqlValue[] => ['lfb', 'fires', `Fire ${String(i).padStart(3, '0')}`];
const many = Array.from({ length: 201 }, (_, i) => member(i));

describe('replaceRowsSql', () => {
	it('inserts at most 200 rows per statement, every value bound', () => {
		const queries = replaceRowsSql({ table: 'category_groups', columns, rows: many });
		expect(queries.map((q) => q.params?.length ?? 0)).toEqual([0, 600, 3]);
	});

	testSqlCases([
		{
			name: 'no rows empties the table',
			query: [...replaceRowsSql({ table: 'category_groups', columns, rows: [] }), groupsSql()],
			setup: seed(replaceRowsSql({ table: 'category_groups', columns, rows: [member(1)] })),
			rows: []
		},
		{
			name: 'rows replace what was there',
			query: [
				...replaceRowsSql({
					table: 'category_groups',
					columns,
					rows: [member(2), ["O'Brien", 'a"b', 'x']]
				}),
				groupsSql()
			],
			setup: seed(replaceRowsSql({ table: 'category_groups', columns, rows: [member(1)] })),
			rows: [
				{ source: "O'Brien", group: 'a"b', category: 'x' },
				{ source: 'lfb', group: 'fires', category: 'Fire 002' }
			]
		},
		{
			name: 'more rows than one statement holds',
			query: [
				...replaceRowsSql({ table: 'category_groups', columns, rows: many }),
				{ sql: 'SELECT count(*)::INTEGER AS n FROM category_groups' }
			],
			rows: [{ n: 201 }]
		}
	]);
});
