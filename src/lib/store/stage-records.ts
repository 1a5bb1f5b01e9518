import type { Connector, Query } from '../db/connector';
import {
	commitIncidentsSql,
	commitSubcategoryCountsSql,
	INCIDENT_COLUMNS,
	STAGE_INCIDENTS,
	type IncidentRecord
} from './incidents-sql';
import {
	commitMeasuresSql,
	MEASURE_COLUMNS,
	STAGE_MEASURES,
	stageFromMeasuresSql
} from './measures-sql';
import { stageRows } from './stage-rows';
import { stageFromCountsSql, stageFromIncidentsSql } from './stage-sql';
import { runAll } from '../db/transaction';

/** A monthly count ready to stage (month `YYYY-MM-01`). */
export type CountRecord = Record<'source' | 'area' | 'category' | 'month', string> & {
	count: number;
};
/** A partner measure ready to stage, in the measures table's column names. */
export type MeasureRecord = Record<keyof typeof MEASURE_COLUMNS, string | number | null>;

/** Parsed rows in one of the three shapes the store keeps. */
export type StoreRecords =
	| {
			kind: 'incidents';
			records: IncidentRecord[];
			/** Also store counts per kind (`upload_subcategory_counts`): LFB incidents. */
			subcategories?: boolean;
	  }
	| { kind: 'counts'; records: CountRecord[] }
	| { kind: 'measures'; records: MeasureRecord[] };

const COUNT_COLUMNS = {
	source: 'VARCHAR',
	area: 'VARCHAR',
	category: 'VARCHAR',
	month: 'DATE',
	count: 'INTEGER'
} as const;
const STAGE_COUNT_ROWS = 'stage_count_rows';

/**
 * Stages parsed rows and builds STAGE_COUNTS / STAGE_MONTHS from them, so every format gets the
 * same plan; returns the statements that store the rows themselves under an upload id.
 * @example const commit = await stageRecords({ db, name, data: { kind: 'counts', records } })
 */
export async function stageRecords(opts: {
	db: Connector;
	name: string;
	data: StoreRecords;
}): Promise<(uploadId: number) => Query[]> {
	const { db, name, data } = opts;
	if (data.kind === 'incidents') {
		const rows = data.records;
		await stageRows({ db, name, table: STAGE_INCIDENTS, columns: INCIDENT_COLUMNS, rows });
		await runAll({ db, queries: stageFromIncidentsSql({ table: STAGE_INCIDENTS }) });
		return (uploadId) => [
			commitIncidentsSql({ uploadId }),
			...(data.subcategories ? [commitSubcategoryCountsSql({ uploadId })] : [])
		];
	}
	if (data.kind === 'measures') {
		const rows = data.records;
		await stageRows({ db, name, table: STAGE_MEASURES, columns: MEASURE_COLUMNS, rows });
		await runAll({ db, queries: stageFromMeasuresSql() });
		return (uploadId) => [commitMeasuresSql({ uploadId })];
	}
	const rows = data.records;
	await stageRows({ db, name, table: STAGE_COUNT_ROWS, columns: COUNT_COLUMNS, rows });
	await runAll({ db, queries: stageFromCountsSql({ table: STAGE_COUNT_ROWS }) });
	return () => [];
}
