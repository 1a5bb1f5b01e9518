import { describe } from 'vitest';
import { testSqlCases } from '../../../tests/support/sql-cases';
import type { Connector } from '../db/connector';
import { VERSIONS_BACKFILL } from '../db/versions-schema';
import { olderDownloadSql } from './older-download-sql';
import { STAGE_MONTHS } from './stage-sql';

/** Uploads 1 and 2 of June (2 replaced 1), then a staged June equal to upload 1. */
const seed = async (db: Connector) => {
	const uploads = [
		[1, 'a.csv', '2026-01-01', 7],
		[2, 'b.csv', '2026-01-02', 9]
	] as const;
	for (const [id, file, day, fingerprint] of uploads) {
		await db.query({
			sql: `INSERT INTO uploads VALUES (?, ?, 'x', 'police-street', 1, DATE '2021-06-01', DATE '2021-06-01', 1, ?::TIMESTAMP)`,
			params: [id, file, day]
		});
		await db.query({
			sql: `INSERT INTO upload_months VALUES (?, 'police-street', 'Force', DATE '2021-06-01', 1, ?)`,
			params: [id, fingerprint]
		});
	}
	for (const sql of VERSIONS_BACKFILL) await db.query({ sql });
	await db.query({
		sql: `CREATE TEMP TABLE ${STAGE_MONTHS} AS SELECT 'police-street' AS source, 'Force' AS area,
	DATE '2021-06-01' AS month, 1 AS rows, 7::BIGINT AS fingerprint`
	});
};

describe('older-download-sql', () => {
	testSqlCases([
		{
			name: 'olderDownloadSql',
			query: olderDownloadSql(),
			setup: seed,
			rows: [
				{
					source: 'police-street',
					area: 'Force',
					month: '2021-06',
					older_file: 'a.csv',
					older_uploaded: '2026-01-01',
					current_file: 'b.csv',
					current_uploaded: '2026-01-02'
				}
			]
		}
	]);
});
