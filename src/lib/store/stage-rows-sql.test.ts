import { describe } from 'vitest';
import { testSqlCases } from '../../../tests/support/sql-cases';
import { emptyStageSql, stageRowsSql, type StageColumns } from './stage-rows-sql';

const columns: StageColumns = {
	month: 'DATE',
	'Crime "type"': 'VARCHAR',
	count: 'INTEGER',
	rate: 'DOUBLE'
};
const csv = 'month,"Crime ""type""",count,rate\n2021-06-01,"Theft, other",3,0.5\n2021-07-01,,,\n';
const odd = 'stage "odd"; table';
const read = (table: string) => ({
	sql: `SELECT * FROM "${table.replaceAll('"', '""')}" ORDER BY month`
});

describe('stage-rows-sql', () => {
	testSqlCases([
		{
			name: 'stageRowsSql types every column and quotes every name',
			query: [stageRowsSql({ table: odd, path: 'rows.csv', columns }), read(odd)],
			setup: async (db) => ({
				files: {
					'rows.csv': await db.registerFile({
						name: 'rows.csv',
						bytes: new TextEncoder().encode(csv)
					})
				}
			}),
			rows: [
				{ month: '2021-06-01', 'Crime "type"': 'Theft, other', count: 3, rate: 0.5 },
				{ month: '2021-07-01', 'Crime "type"': null, count: null, rate: null }
			]
		},
		{
			name: 'emptyStageSql',
			query: [
				emptyStageSql({ table: odd, columns }),
				{ sql: `SELECT column_name, column_type FROM (DESCRIBE ${read(odd).sql})` }
			],
			rows: [
				{ column_name: 'month', column_type: 'DATE' },
				{ column_name: 'Crime "type"', column_type: 'VARCHAR' },
				{ column_name: 'count', column_type: 'INTEGER' },
				{ column_name: 'rate', column_type: 'DOUBLE' }
			]
		}
	]);
});
