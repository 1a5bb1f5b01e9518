import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../store/apply-schema';
import { createNodeConnector } from '../node-connector.server';
import { exportParquetSql } from './export-parquet-sql';

const dir = mkdtempSync(join(tmpdir(), 'export-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exportParquetSql', () => {
	it.each([
		[
			'uploads',
			"/x/it's/uploads.parquet",
			`COPY (SELECT * FROM "uploads") TO '/x/it''s/uploads.parquet' (FORMAT parquet, COMPRESSION snappy)`
		],
		[
			'incidents',
			'/x/incidents.parquet',
			`COPY (SELECT * FROM "incidents" ORDER BY month, source, area, upload_id, source_row) TO '/x/incidents.parquet' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 50000)`
		]
	] as const)('%s', (table, path, sql) => {
		expect(exportParquetSql({ table, path })).toEqual({ sql });
	});

	it('is accepted by DuckDB, and the file reads back', async () => {
		const db = createNodeConnector();
		await applySchema({ db });
		await db.query({
			sql: `INSERT INTO incidents (source, area, category, month, upload_id, source_row)
				SELECT 'police', 'met', 'burglary', DATE '2024-01-01' + CAST(i % 3 AS INTEGER) * 31, 1, i FROM range(10) t(i)`
		});
		for (const table of ['uploads', 'incidents'] as const)
			await db.query(exportParquetSql({ table, path: join(dir, `${table}.parquet`) }));
		const rows = await db.query({
			sql: `SELECT count(*)::INTEGER AS n FROM read_parquet(?)`,
			params: [join(dir, 'incidents.parquet')]
		});
		expect(rows).toEqual([{ n: 10 }]);
		await db.close();
	});
});
