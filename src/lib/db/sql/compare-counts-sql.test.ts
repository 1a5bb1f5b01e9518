import { describe, expect, it } from 'vitest';
import { seededStore, seedMonths, type SeedMonths } from '../../../../tests/support/seed-store';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import { compareCountsSql, comparisonMonthsSql, type MonthPairs } from './compare-counts-sql';

const pairs = (o: Partial<MonthPairs>): MonthPairs => ({
	source: 'police-street',
	area: 'Test Force',
	nowStart: '2021-06',
	thenStart: '2020-06',
	length: 1,
	...o
});

describe('compareCountsSql', () => {
	it('binds every value and pastes no text into the SQL', () => {
		const q = compareCountsSql(pairs({ area: "O'Brien; DROP TABLE uploads" }));
		expect(q.sql).not.toContain("O'Brien");
		expect(q.params).toEqual([
			'2021-06-01',
			'2020-06-01',
			1,
			'police-street',
			"O'Brien; DROP TABLE uploads",
			'police-street',
			"O'Brien; DROP TABLE uploads",
			'police-street',
			"O'Brien; DROP TABLE uploads",
			'police-street',
			"O'Brien; DROP TABLE uploads",
			'police-street',
			"O'Brien; DROP TABLE uploads"
		]);
		expect(q.sql).toMatchSnapshot();
	});

	const cases: {
		name: string;
		months: SeedMonths;
		pairs: Partial<MonthPairs>;
		expected: Record<string, [number, number]>;
		flags: [boolean, boolean][];
	}[] = [
		{
			name: 'a month with data but no rows for a category counts 0',
			months: { '2020-06': { Burglary: 4, Robbery: 2 }, '2021-06': { Burglary: 5 } },
			pairs: {},
			expected: { Burglary: [5, 4], Robbery: [0, 2] },
			flags: [[true, true]]
		},
		{
			name: 'a month without data is missing, never 0: its pair is left out',
			months: {
				'2020-04': { Burglary: 1 },
				'2020-06': { Burglary: 3 },
				'2021-04': { Burglary: 10 },
				'2021-05': { Burglary: 20 },
				'2021-06': { Burglary: 30 }
			},
			pairs: { nowStart: '2021-04', thenStart: '2020-04', length: 3 },
			expected: { Burglary: [40, 4] },
			flags: [
				[true, true],
				[true, false],
				[true, true]
			]
		},
		{
			name: 'pairs cross the year end month by month',
			months: {
				'2020-11': { Drugs: 1 },
				'2020-12': { Drugs: 2 },
				'2021-01': { Drugs: 3 },
				'2021-11': { Drugs: 10 },
				'2021-12': { Drugs: 20 },
				'2022-01': { Drugs: 30 }
			},
			pairs: { nowStart: '2021-11', thenStart: '2020-11', length: 3 },
			expected: { Drugs: [60, 6] },
			flags: [
				[true, true],
				[true, true],
				[true, true]
			]
		},
		{
			name: 'nothing is counted when no pair has data on both sides',
			months: { '2021-06': { Burglary: 5 } },
			pairs: {},
			expected: { Burglary: [0, 0] },
			flags: [[true, false]]
		}
	];

	it.each(cases)('$name', async ({ months, pairs: p, expected, flags }) => {
		const db = await seededStore({ months });
		const counts = await db.query(compareCountsSql(pairs(p)));
		const pairRows = await db.query<{ now_has: boolean; then_has: boolean }>(
			comparisonMonthsSql(pairs(p))
		);
		await db.close();
		expect(
			Object.fromEntries(counts.map((r) => [r.category, [r.now_count, r.then_count]]))
		).toEqual(expected);
		expect(pairRows.map((r) => [r.now_has, r.then_has])).toEqual(flags);
	});

	it('only counts the chosen source and area', async () => {
		const db = await seededStore({ area: 'Other Force', months: { '2021-06': { Burglary: 9 } } });
		expect(await db.query(compareCountsSql(pairs({})))).toEqual([]);
		await db.close();
	});
});

describe('comparisonMonthsSql', () => {
	testSqlCases([
		{
			name: 'each month pair, flagged by whether each side has data',
			query: comparisonMonthsSql(pairs({ nowStart: '2021-05', thenStart: '2020-05', length: 2 })),
			setup: (db) => seedMonths({ db, months: { '2020-06': {}, '2021-05': {}, '2021-06': {} } }),
			rows: [
				{ now_month: '2021-05', then_month: '2020-05', now_has: true, then_has: false },
				{ now_month: '2021-06', then_month: '2020-06', now_has: true, then_has: true }
			]
		}
	]);
});
