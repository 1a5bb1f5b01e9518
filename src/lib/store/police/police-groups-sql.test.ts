import { describe, expect } from 'vitest';
import type { Connector } from '../../db/connector';
import { runAll } from '../../db/transaction';
import {
	policeCsv,
	stagePoliceRows,
	POLICE_TEST_HEADER
} from '../../../../tests/support/police-stage';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import {
	addGroupsSql,
	addStagedGroupsSql,
	createGroupsSql,
	ruleCountsSql,
	stageFromGroupsSql,
	trimGroupsSql
} from './police-groups-sql';
import { createRejectsSql, createStageSql, readChunkSql } from './stage-police-street-sql';

const rows = [{}, { month_text: '2026-12', category: 'Burglarly' }, { longitude_text: 'west' }];
const staged = (db: Connector) => stagePoliceRows({ db, rows });
const rulesOff = { rule_0: 0, rule_2: 0, rule_3: 0, rule_6: 0, rule_7: 0 };

describe('police-groups-sql', () => {
	testSqlCases([
		{ name: 'createGroupsSql', query: createGroupsSql() },
		...[true, false].map((fingerprint) => ({
			name: `addGroupsSql of a chunk, fingerprint ${fingerprint}`,
			query: addGroupsSql({
				from: readChunkSql({ path: 'police.csv', header: POLICE_TEST_HEADER }),
				fingerprint
			}),
			setup: async (db: Connector) => {
				await runAll({ db, queries: [...createRejectsSql(), createGroupsSql()] });
				return { files: { 'police.csv': await policeCsv({ db, rows }) } };
			},
			rows: expect.toSatisfy(
				(r: { rows: number }[]) =>
					r
						.map((g) => g.rows)
						.sort()
						.join() === '1,2'
			)
		})),
		{
			name: 'addStagedGroupsSql',
			query: addStagedGroupsSql(),
			setup: async (db: Connector) => runAll({ db, queries: [createStageSql(), createGroupsSql()] })
		},
		{ name: 'trimGroupsSql', query: trimGroupsSql(), setup: staged },
		{
			name: 'ruleCountsSql',
			query: ruleCountsSql({ firstFutureMonth: '2026-12-01' }),
			setup: staged,
			rows: [{ rows: 3, ...rulesOff, rule_1: 1, rule_4: 1, rule_5: 1 }]
		},
		{
			name: 'stageFromGroupsSql',
			query: [...stageFromGroupsSql(), { sql: 'SELECT * FROM stage_months ORDER BY month' }],
			setup: (db: Connector) => stagePoliceRows({ db, rows: [{}, { longitude_text: 'west' }] }),
			rows: [
				{
					source: 'police-street',
					area: 'City of London Police',
					month: '2021-06-01',
					rows: 2,
					fingerprint: expect.any(Number)
				}
			]
		}
	]);
});
