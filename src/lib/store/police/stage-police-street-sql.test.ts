import { describe } from 'vitest';
import type { Connector } from '../../db/connector';
import { runAll } from '../../db/transaction';
import {
	POLICE_TEST_HEADER,
	policeCsv,
	stagePoliceRows
} from '../../../../tests/support/police-stage';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import { emptyStageSql } from '../stage-rows-sql';
import {
	appendChunkSql,
	collectRejectsSql,
	createRejectsSql,
	createStageSql,
	dropStageSql,
	lineGapsSql,
	policeLineSql,
	readChunkSql,
	rejectCountSql,
	STAGE_BLANK_LINES,
	STAGE_TABLE,
	trimmedStageSql
} from './stage-police-street-sql';

const read = readChunkSql({ path: 'police.csv', header: POLICE_TEST_HEADER });
/** A chunk whose third line has a field too many, read with the rejects kept. */
const readBadChunk = async (db: Connector) => {
	const path = await policeCsv({ db, rows: [{}, { outcome: 'Under investigation,extra' }] });
	await runAll({ db, queries: createRejectsSql() });
	await db.query(readChunkSql({ path, header: POLICE_TEST_HEADER }));
	return { files: { 'police.csv': path } };
};
const trimmed = (gaps: boolean) => ({
	sql: `SELECT ${policeLineSql({ gaps })} AS line, area, category FROM ${trimmedStageSql()} ORDER BY line`
});
const stagedRow = (line: number) => ({ line, area: 'City of London Police', category: 'Drugs' });

describe('stage-police-street-sql', () => {
	testSqlCases([
		{ name: 'createStageSql', query: createStageSql() },
		{
			name: 'dropStageSql',
			query: dropStageSql(),
			setup: (db) => db.query(createStageSql()).then(() => {})
		},
		{ name: 'createRejectsSql', query: createRejectsSql() },
		{
			name: 'readChunkSql of the current layout',
			query: readChunkSql({
				path: 'police.csv',
				header: [
					'Crime ID',
					'Month',
					'Reported by',
					'Falls within',
					'Longitude',
					'Latitude',
					'Context'
				]
			}),
			setup: async (db) => ({
				files: {
					'police.csv': await db.registerFile({
						name: 'p.csv',
						bytes: new TextEncoder().encode(
							'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Context\na,2021-06,R,F,-0.1,51.5,\n'
						)
					})
				}
			}),
			rows: [
				{
					crime_id: 'a',
					month_text: '2021-06',
					area: 'F',
					longitude_text: '-0.1',
					latitude_text: '51.5',
					easting_text: null,
					northing_text: null,
					location: null,
					lsoa_code: null,
					lsoa_name: null,
					category: null,
					outcome: null
				}
			]
		},
		{
			name: 'appendChunkSql',
			query: [appendChunkSql(read), { sql: `SELECT count(*)::INTEGER AS n FROM ${STAGE_TABLE}` }],
			setup: async (db) => {
				await db.query(createStageSql());
				return readBadChunk(db);
			},
			rows: [{ n: 1 }]
		},
		{
			name: 'trimmedStageSql and policeLineSql without gaps',
			query: trimmed(false),
			setup: (db) =>
				stagePoliceRows({ db, rows: [{ category: ' Drugs ' }, { category: 'Drugs' }] }),
			rows: [stagedRow(2), stagedRow(3)]
		},
		{
			name: 'lineGapsSql and policeLineSql with gaps',
			query: [lineGapsSql(), trimmed(true)],
			setup: async (db) => {
				await stagePoliceRows({ db, rows: [{ category: 'Drugs' }, { category: 'Drugs' }] });
				await db.query(emptyStageSql({ table: STAGE_BLANK_LINES, columns: { line: 'INTEGER' } }));
				await db.query({ sql: `INSERT INTO ${STAGE_BLANK_LINES} VALUES (3), (5)` });
			},
			rows: [stagedRow(2), stagedRow(4)]
		},
		{
			name: 'rejectCountSql',
			query: rejectCountSql(),
			setup: readBadChunk,
			rows: [{ rejected: 1 }]
		},
		{
			name: 'collectRejectsSql',
			query: [
				...collectRejectsSql({ chunks: [{ path: 'police.csv', firstLine: 10 }] }),
				{ sql: 'SELECT line, error_type FROM stage_rejects' }
			],
			setup: readBadChunk,
			rows: [{ line: 11, error_type: 'TOO MANY COLUMNS' }]
		},
		{ name: 'collectRejectsSql of no chunk', query: collectRejectsSql({ chunks: [] }) }
	]);
});
