import { describe } from 'vitest';
import { stagePoliceRows } from '../../../../tests/support/police-stage';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import { emptyStageSql } from '../stage-rows-sql';
import { policeIncidentsSql } from './police-incidents-sql';
import { lineGapsSql, STAGE_BLANK_LINES } from './stage-police-street-sql';

const stored = {
	sql: 'SELECT area, month, crime_id, longitude, easting, upload_id, source_row FROM incidents ORDER BY source_row'
};
const incident = (o: {
	crime_id: string;
	source_row: number;
	longitude: number | null;
	easting: number | null;
}) => ({
	area: 'City of London Police',
	month: '2021-06-01',
	upload_id: 7,
	...o
});
const rows = [
	{ crime_id: ' a ' },
	{
		crime_id: 'b',
		longitude_text: '',
		latitude_text: '',
		easting_text: '532500',
		northing_text: '181500'
	}
];

describe('police-incidents-sql', () => {
	testSqlCases([
		{
			name: 'policeIncidentsSql without gaps',
			query: [policeIncidentsSql({ uploadId: 7, gaps: false }), stored],
			setup: (db) => stagePoliceRows({ db, rows }),
			rows: [
				incident({ crime_id: 'a', source_row: 2, longitude: -0.09, easting: null }),
				incident({ crime_id: 'b', source_row: 3, longitude: null, easting: 532500 })
			]
		},
		{
			name: 'policeIncidentsSql with gaps',
			query: [policeIncidentsSql({ uploadId: 7, gaps: true }), stored],
			setup: async (db) => {
				await stagePoliceRows({ db, rows });
				await db.query(emptyStageSql({ table: STAGE_BLANK_LINES, columns: { line: 'INTEGER' } }));
				await db.query({ sql: `INSERT INTO ${STAGE_BLANK_LINES} VALUES (3)` });
				await db.query(lineGapsSql());
			},
			rows: [
				incident({ crime_id: 'a', source_row: 2, longitude: -0.09, easting: null }),
				incident({ crime_id: 'b', source_row: 4, longitude: null, easting: 532500 })
			]
		}
	]);
});
