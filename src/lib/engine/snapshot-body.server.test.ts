import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWasmConnector } from '../../../tests/support/wasm-connector';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import { SNAPSHOT_TABLES } from '../db/schema';
import { quoteIdent } from '../db/sql/quote';
import { snapshotSql } from '../db/sql/snapshot-sql';
import { createTempFolder, removeTempFolder } from '../db/temp-folder.server';
import { applySchema } from '../store/apply-schema';
import { loadSnapshot } from './load-snapshot';
import { snapshotBody } from './snapshot-body.server';
import { readSnapshotFrame } from './snapshot-frame';

const TEXTS = [`Theft, other "sic"\nsecond line`, `Café – ünïcödé 🚓`, ` padded `, 'plain'];

/** Rows in every snapshot table: text that needs quoting, non-ASCII, NULLs, dates, timestamps. */
async function fill(db: Connector, rows: number): Promise<void> {
	for (const table of SNAPSHOT_TABLES) {
		const columns = await db.query<{ column_type: string; null: string }>({
			sql: `DESCRIBE ${quoteIdent(table)}`
		});
		const texts = `[${TEXTS.map((t) => `'${t}'`).join(', ')}]`;
		const values = columns.map(({ column_type: type, null: nullable }) => {
			const sql =
				type === 'VARCHAR'
					? `${texts}[i % ${TEXTS.length} + 1] || i`
					: type === 'DATE'
						? `DATE '1999-12-01' + CAST(i AS INTEGER)`
						: type === 'TIMESTAMP'
							? `TIMESTAMP '2021-03-04 05:06:07' + INTERVAL (i) MINUTE`
							: type === 'DOUBLE'
								? 'i / 8.0 - 1'
								: 'i';
			return nullable === 'YES' ? `CASE WHEN i % 3 = 1 THEN NULL ELSE ${sql} END` : sql;
		});
		await db.query({
			sql: `INSERT INTO ${quoteIdent(table)} SELECT ${values.join(', ')} FROM range(${rows}) t(i)`
		});
	}
}

async function everything(db: Connector): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const table of SNAPSHOT_TABLES)
		out[table] = await db.query({ sql: `${snapshotSql({ table }).sql} ORDER BY ALL` });
	return out;
}

describe('snapshotBody and loadSnapshot', () => {
	const dir = createTempFolder();
	let source: Connector;
	beforeAll(async () => {
		source = createNodeConnector({ path: join(dir, 'a.duckdb') });
		await applySchema({ db: source });
		await fill(source, 500);
	});
	afterAll(async () => {
		await source.close();
		await removeTempFolder(dir);
	});

	it('frames every snapshot table with its row count', async () => {
		const parts = readSnapshotFrame({ body: (await snapshotBody({ db: source })).body });
		expect(parts.map((p) => [p.table, p.rows])).toEqual(SNAPSHOT_TABLES.map((t) => [t, 500]));
	});

	it.each([
		['native DuckDB', () => Promise.resolve(createNodeConnector())],
		['DuckDB-wasm', createWasmConnector]
	])('loads into %s unchanged: quotes, line breaks, unicode, NULLs, dates', async (_, open) => {
		const target = await open();
		try {
			await applySchema({ db: target });
			const loaded = await loadSnapshot({
				db: target,
				body: (await snapshotBody({ db: source })).body
			});
			expect(loaded).toBe(500 * SNAPSHOT_TABLES.length);
			expect(await everything(target)).toEqual(await everything(source));
		} finally {
			await target.close();
		}
	});

	it('is made once per store file, and again for another file', async () => {
		const first = await snapshotBody({ db: source });
		expect(await snapshotBody({ db: source })).toBe(first);
		const other = createNodeConnector({ path: join(dir, 'b.duckdb') });
		try {
			await applySchema({ db: other });
			await fill(other, 3);
			const second = await snapshotBody({ db: other });
			expect(second.etag).not.toBe(first.etag);
			expect(second.etag).toMatch(/^W\/"[\w-]{27}"$/);
		} finally {
			await other.close();
		}
	});
});
