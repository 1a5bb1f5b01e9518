import { describe } from 'vitest';
import { testSqlCases } from '../../../tests/support/sql-cases';
import { stageIncidents, testIncident } from '../../../tests/support/stage-test-rows';
import { commitIncidentsSql } from './incidents-sql';

describe('commitIncidentsSql', () => {
	testSqlCases([
		{
			name: 'stores the staged incidents under the upload id',
			query: [
				commitIncidentsSql({ uploadId: 4 }),
				{
					sql: 'SELECT category, easting, upload_id, source_row FROM incidents ORDER BY source_row'
				}
			],
			setup: (db) =>
				stageIncidents({
					db,
					rows: [
						testIncident({}),
						testIncident({ category: 'Fire', easting: 532500, source_row: 3 })
					]
				}),
			rows: [
				{ category: 'Burglary', easting: null, upload_id: 4, source_row: 2 },
				{ category: 'Fire', easting: 532500, upload_id: 4, source_row: 3 }
			]
		}
	]);
});
