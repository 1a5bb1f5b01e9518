import { describe, expect } from 'vitest';
import { seedMonths } from '../../../../tests/support/seed-store';
import { testSqlCases } from '../../../../tests/support/sql-cases';
import type { Connector } from '../connector';
import { VERSIONS_BACKFILL } from '../versions-schema';
import { listUploadsSql, nextUploadIdSql, removeUploadSql } from './uploads-sql';

/** Upload 1 holds 2021-05 and 2021-06; upload 2 holds 2021-06 again, so 1 keeps only May. */
const seeded = async (db: Connector) => {
	await seedMonths({ db, months: { '2021-05': { Burglary: 1 } } });
	await db.query({
		sql: `INSERT INTO upload_months VALUES (1, 'police-street', 'Test Force', DATE '2021-06-01', 1, 0)`
	});
	await seedMonths({ db, months: { '2021-06': { Burglary: 2 } }, firstId: 2 });
	for (const sql of VERSIONS_BACKFILL) await db.query({ sql });
};
const upload = (upload_id: number, current_months: number) =>
	expect.objectContaining({ upload_id, current_months, file_name: 'seed.csv' });

describe('uploads-sql', () => {
	testSqlCases([
		{
			name: 'listUploadsSql, newest first, with the months each still supplies',
			query: listUploadsSql(),
			setup: seeded,
			rows: [upload(2, 1), upload(1, 1)]
		},
		{ name: 'nextUploadIdSql of an empty store', query: nextUploadIdSql(), rows: [{ next: 1 }] },
		{ name: 'nextUploadIdSql', query: nextUploadIdSql(), setup: seeded, rows: [{ next: 3 }] },
		{
			name: 'removeUploadSql',
			query: [
				...removeUploadSql({ uploadId: 2 }),
				{ sql: 'SELECT upload_id, month FROM coverage ORDER BY month' }
			],
			setup: seeded,
			rows: [
				{ upload_id: 1, month: '2021-05-01' },
				{ upload_id: 1, month: '2021-06-01' }
			]
		}
	]);
});
