import { describe } from 'vitest';
import type { Connector } from '../../db/connector';
import { runAll } from '../../db/transaction';
import { stagePoliceRows } from '../../../../tests/support/police-stage';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import { emptyStageSql } from '../stage-rows-sql';
import { policeIssuesSql, rejectedLinesSql } from './police-issues-sql';
import { createRejectsSql, lineGapsSql, STAGE_BLANK_LINES } from './stage-police-street-sql';

const rows = [
	{ month_text: '2026-12', category: 'Burglarly' },
	{},
	{ category: 'Robbery ' },
	{ category: 'Robery', longitude_text: 'west' }
];
const staged = (db: Connector) => stagePoliceRows({ db, rows });
const firstFutureMonth = '2026-12-01';
/** Rule 1 (month-future) binds one value and rule 4 (crime-type-unknown) fourteen. */
const found = (shift: number) => [
	{ rule_index: 1, count: 1, lines: [2 + shift], values: ['2026-12'] },
	{ rule_index: 4, count: 2, lines: [2 + shift, 5 + shift], values: ['Burglarly', 'Robery'] },
	{ rule_index: 5, count: 1, lines: [5 + shift], values: ['west,51.51'] }
];

describe('police-issues-sql', () => {
	testSqlCases([
		{
			name: 'policeIssuesSql without gaps',
			query: policeIssuesSql({ firstFutureMonth, gaps: false, rules: [1, 4, 5] }),
			setup: staged,
			rows: found(0)
		},
		{
			name: 'policeIssuesSql with a blank line before every row',
			query: policeIssuesSql({ firstFutureMonth, gaps: true, rules: [1, 4, 5] }),
			setup: async (db) => {
				await staged(db);
				await db.query(emptyStageSql({ table: STAGE_BLANK_LINES, columns: { line: 'INTEGER' } }));
				await db.query({ sql: `INSERT INTO ${STAGE_BLANK_LINES} VALUES (2)` });
				await db.query(lineGapsSql());
			},
			rows: found(1)
		},
		{
			name: 'rejectedLinesSql',
			query: rejectedLinesSql(),
			setup: async (db) => {
				await runAll({ db, queries: createRejectsSql() });
				await db.query({
					sql: `INSERT INTO stage_rejects VALUES (4, 'TOO MANY COLUMNS', 'a,b', 'too many'),
	(3, 'TOO MANY COLUMNS', 'c,d', 'too many'), (2, 'UNQUOTED VALUE', 'e"', 'unquoted')`
				});
			},
			rows: [
				{ error_type: 'UNQUOTED VALUE', count: 1, lines: [2], values: ['e"'], message: 'unquoted' },
				{
					error_type: 'TOO MANY COLUMNS',
					count: 2,
					lines: [3, 4],
					values: ['c,d', 'a,b'],
					message: 'too many'
				}
			]
		}
	]);
});
