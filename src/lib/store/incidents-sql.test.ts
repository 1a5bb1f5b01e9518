import { describe } from 'vitest';
import { testSqlCases } from '../../../tests/support/sql-cases';
import { stageIncidents, testIncident } from '../../../tests/support/stage-test-rows';
import { commitIncidentsSql, commitSubcategoryCountsSql } from './incidents-sql';

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

describe('commitSubcategoryCountsSql', () => {
	const fire = (o: Partial<Parameters<typeof testIncident>[0]>) =>
		testIncident({ source: 'lfb', area: 'City of London', ...o });
	testSqlCases([
		{
			name: 'counts each kind of a category, a blank kind as null, adding up to the category',
			query: [
				commitSubcategoryCountsSql({ uploadId: 4 }),
				{
					sql: `SELECT category, subcategory, strftime(month, '%Y-%m') AS month, count, upload_id
FROM upload_subcategory_counts ORDER BY category, subcategory NULLS LAST, month`
				}
			],
			setup: (db) =>
				stageIncidents({
					db,
					rows: [
						fire({ category: 'Fire', subcategory: 'Primary Fire' }),
						fire({ category: 'Fire', subcategory: 'Primary Fire', source_row: 3 }),
						fire({ category: 'Fire', subcategory: 'Secondary Fire', source_row: 4 }),
						fire({ category: 'Special Service', subcategory: 'RTC', source_row: 5 }),
						fire({ category: 'Special Service', subcategory: null, source_row: 6 }),
						fire({
							category: 'Special Service',
							subcategory: 'RTC',
							month: '2021-07-01',
							source_row: 7
						})
					]
				}),
			rows: [
				{ category: 'Fire', subcategory: 'Primary Fire', month: '2021-06', count: 2, upload_id: 4 },
				{
					category: 'Fire',
					subcategory: 'Secondary Fire',
					month: '2021-06',
					count: 1,
					upload_id: 4
				},
				{
					category: 'Special Service',
					subcategory: 'RTC',
					month: '2021-06',
					count: 1,
					upload_id: 4
				},
				{
					category: 'Special Service',
					subcategory: 'RTC',
					month: '2021-07',
					count: 1,
					upload_id: 4
				},
				{ category: 'Special Service', subcategory: null, month: '2021-06', count: 1, upload_id: 4 }
			]
		}
	]);
});
