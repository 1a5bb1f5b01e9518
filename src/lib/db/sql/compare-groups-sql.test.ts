import { describe, expect, it } from 'vitest';
import { seededStore, seedMonths } from '../../../../tests/support/seed-store';
import { seed, testSqlCases } from '../../../../tests/support/sql-cases';
import { compareCountsSql, type MonthPairs } from './compare-counts-sql';
import { compareGroupsSql } from './compare-groups-sql';
import { setGroupSql } from './groups-sql';

const pairs = (o: Partial<MonthPairs>): MonthPairs => ({
	source: 'police-street',
	area: 'Test Force',
	nowStart: '2021-04',
	thenStart: '2020-04',
	length: 3,
	...o
});

async function store() {
	const db = await seededStore({
		months: {
			'2020-04': { Burglary: 1, Robbery: 2, Drugs: 50 },
			// 2020-05 has no data at all: its pair 2021-05 must be left out of every sum.
			'2020-06': { Burglary: 3 },
			'2021-04': { Burglary: 10, Robbery: 20 },
			'2021-05': { Burglary: 100, Robbery: 200 },
			'2021-06': {}
		}
	});
	for (const [group, categories] of [
		['acquisitive', ['Burglary', 'Robbery']],
		['violence', ['Robbery', 'Possession of weapons']],
		['drugs only', ['Drugs']]
	] as const)
		for (const q of setGroupSql({ source: 'police-street', group, categories: [...categories] }))
			await db.query(q);
	await db.query({
		sql: "INSERT INTO category_groups VALUES ('lfb', 'fires', 'Fire')"
	});
	return db;
}

describe('compareGroupsSql', () => {
	it('sums member categories over the same gap-safe month pairs as the categories', async () => {
		const db = await store();
		const groups = await db.query(compareGroupsSql(pairs({})));
		const categories = await db.query<{ category: string; now_count: number; then_count: number }>(
			compareCountsSql(pairs({}))
		);
		await db.close();
		expect(groups).toEqual([
			{ group_name: 'acquisitive', now_count: 30, then_count: 6 },
			{ group_name: 'drugs only', now_count: 0, then_count: 50 },
			// Possession of weapons has no rows at all: it adds 0, and Robbery still counts.
			{ group_name: 'violence', now_count: 20, then_count: 2 }
		]);
		const sum = (names: string[], side: 'now_count' | 'then_count') =>
			categories.filter((c) => names.includes(c.category)).reduce((t, c) => t + c[side], 0);
		expect([
			sum(['Burglary', 'Robbery'], 'now_count'),
			sum(['Burglary', 'Robbery'], 'then_count')
		]).toEqual([30, 6]);
	});

	it('gives every group 0 when no pair has data on both sides, and only the chosen source', async () => {
		const db = await store();
		const groups = await db.query(
			compareGroupsSql(pairs({ nowStart: '2021-05', thenStart: '2020-05', length: 1 }))
		);
		await db.close();
		expect(groups.map((g) => [g.group_name, g.now_count, g.then_count])).toEqual([
			['acquisitive', 0, 0],
			['drugs only', 0, 0],
			['violence', 0, 0]
		]);
	});

	it('binds the source rather than pasting it', () => {
		const q = compareGroupsSql(pairs({ source: "x'; DROP TABLE breaks; --" }));
		expect(q.sql).not.toContain('DROP');
		expect(q.params?.at(-1)).toBe("x'; DROP TABLE breaks; --");
	});
});

describe('compareGroupsSql text', () => {
	testSqlCases([
		{
			name: 'one group over one month pair',
			query: compareGroupsSql(pairs({ nowStart: '2021-06', thenStart: '2020-06', length: 1 })),
			setup: async (db) => {
				await seedMonths({
					db,
					months: { '2020-06': { Burglary: 3 }, '2021-06': { Burglary: 5 } }
				});
				await seed(
					setGroupSql({ source: 'police-street', group: 'acquisitive', categories: ['Burglary'] })
				)(db);
			},
			rows: [{ group_name: 'acquisitive', now_count: 5, then_count: 3 }]
		}
	]);
});
