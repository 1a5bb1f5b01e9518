import type { Connector } from '../db/connector';
import { toCsv } from '../csv/to-csv';
import { emptyStageSql, stageRowsSql, type StageColumns } from './stage-rows-sql';

/**
 * Puts parsed JS rows into a typed temp table by writing them as CSV and reading that with
 * DuckDB's read_csv through `registerFile` — one path for Node and the browser, no value ever
 * pasted into SQL.
 * @example await stageRows({ db, table: 'stage_counts_in', columns: { month: 'DATE' }, rows, name: 'mps.csv' })
 */
export async function stageRows(opts: {
	db: Connector;
	table: string;
	columns: StageColumns;
	rows: readonly Record<string, unknown>[];
	/** The uploaded file's name, to name the scratch CSV. */
	name: string;
}): Promise<void> {
	const { db, table, columns } = opts;
	if (opts.rows.length === 0) {
		await db.query(emptyStageSql({ table, columns }));
		return;
	}
	const csv = toCsv({
		rows: opts.rows as Record<string, unknown>[],
		columns: Object.keys(columns)
	});
	const path = await db.registerFile({
		name: `${table}-${opts.name}.csv`,
		bytes: new TextEncoder().encode(csv)
	});
	try {
		await db.query(stageRowsSql({ table, path, columns }));
	} finally {
		await db.dropFile(path);
	}
}
