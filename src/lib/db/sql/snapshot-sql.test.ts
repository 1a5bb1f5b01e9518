import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWasmConnector } from '../../../../tests/support/wasm-connector';
import { toCsv } from '../../csv/to-csv';
import { applySchema } from '../../store/apply-schema';
import type { Connector, Query } from '../connector';
import { createNodeConnector } from '../node-connector.server';
import { SNAPSHOT_TABLES, type SnapshotTable } from '../schema';
import { quoteIdent } from './quote';
import { loadSnapshotSql, snapshotSql } from './snapshot-sql';

// A value that needs quoting only after DuckDB's dialect sniffer has stopped looking (20,480 lines).
const LATE_ROWS = 30_000;
const QUOTED = 'Theft, other "sic"\nsecond line';

function valueSql(type: string, last: boolean): string {
	if (type === 'VARCHAR') return last ? `'${QUOTED}'` : `'v' || i`;
	if (type === 'DATE') return `DATE '2020-01-01' + CAST(i % 365 AS INTEGER)`;
	if (type === 'TIMESTAMP') return `TIMESTAMP '2021-03-04 05:06:07'`;
	if (type === 'DOUBLE') return 'i + 0.25';
	return 'i';
}

async function fillTable(db: Connector, table: SnapshotTable): Promise<void> {
	const columns = await db.query<{ column_type: string }>({ sql: `DESCRIBE ${quoteIdent(table)}` });
	for (const last of [false, true]) {
		const values = columns.map((c) => valueSql(c.column_type, last)).join(', ');
		const range = last ? `range(${LATE_ROWS}, ${LATE_ROWS + 1})` : `range(${LATE_ROWS})`;
		await db.query({ sql: `INSERT INTO ${quoteIdent(table)} SELECT ${values} FROM ${range} t(i)` });
	}
}

/** The row written last: the one whose text columns hold the quoted value. */
async function lateRowSql(db: Connector, table: SnapshotTable): Promise<Query> {
	const columns = await db.query<{ column_name: string; column_type: string }>({
		sql: `DESCRIBE ${quoteIdent(table)}`
	});
	const text = columns.filter((c) => c.column_type === 'VARCHAR');
	return {
		sql: `${snapshotSql({ table }).sql} WHERE ${text.map((c) => `${quoteIdent(c.column_name)} = ?`).join(' AND ')}`,
		params: text.map(() => QUOTED)
	};
}

describe('snapshotSql and loadSnapshotSql', () => {
	it.each([
		[
			'uploads',
			`SELECT * REPLACE (strftime(uploaded_at, '%Y-%m-%dT%H:%M:%S') AS uploaded_at) FROM "uploads"`
		],
		['breaks', 'SELECT * FROM "breaks"']
	] as const)('%s: exact SQL', (table, sql) => {
		expect(snapshotSql({ table })).toEqual({ sql });
	});

	it('loads with an explicit dialect, never a guessed one', () => {
		expect(loadSnapshotSql({ table: 'targets', path: 'targets.csv' })).toMatchInlineSnapshot(`
			{
			  "params": [
			    "targets.csv",
			  ],
			  "sql": "INSERT INTO "targets" SELECT * FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')",
			}
		`);
	});
});

describe.each([
	['native DuckDB', () => Promise.resolve(createNodeConnector())],
	['DuckDB-wasm', createWasmConnector]
])('snapshot tables round-trip through CSV on %s', (_, open) => {
	let source: Connector;
	let target: Connector;
	beforeAll(async () => {
		source = createNodeConnector();
		await applySchema({ db: source });
		target = await open();
		await applySchema({ db: target });
	});
	afterAll(async () => {
		await source.close();
		await target.close();
	});

	it.each(SNAPSHOT_TABLES)('%s keeps a quoted value after line 30,000', async (table) => {
		await fillTable(source, table);
		const csv = toCsv({ rows: await source.query(snapshotSql({ table })) });
		const path = await target.registerFile({
			name: `${table}.csv`,
			bytes: new TextEncoder().encode(csv)
		});
		await target.query(loadSnapshotSql({ table, path }));
		await target.dropFile(path);
		const count = await target.query({
			sql: `SELECT count(*)::INTEGER AS n FROM ${quoteIdent(table)}`
		});
		expect(count).toEqual([{ n: LATE_ROWS + 1 }]);
		const late = await lateRowSql(source, table);
		const sent = await source.query(late);
		expect(sent).toHaveLength(1);
		expect(await target.query(late)).toEqual(sent);
	});
});
