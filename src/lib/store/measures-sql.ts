import type { Query } from '../db/connector';
import { STAGE_COUNTS, STAGE_MONTHS } from './stage-sql';

/** Staged partner measures of the file being uploaded (no upload id yet). */
export const STAGE_MEASURES = 'stage_measures';

/** The staged measure columns and their types. */
export const MEASURE_COLUMNS = {
	source: 'VARCHAR',
	area: 'VARCHAR',
	measure: 'VARCHAR',
	period: 'VARCHAR',
	period_start: 'DATE',
	period_end: 'DATE',
	value: 'DOUBLE',
	unit: 'VARCHAR',
	target: 'DOUBLE',
	direction: 'VARCHAR',
	source_row: 'INTEGER'
} as const;

/**
 * Builds the staged months of staged measures: every month of each measure's period, so a later
 * file covering those months replaces it; a month's fingerprint covers every measure touching it.
 * Measures have no monthly counts, so STAGE_COUNTS is left empty.
 */
export function stageFromMeasuresSql(): Query[] {
	return [
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_COUNTS}
(source VARCHAR, area VARCHAR, category VARCHAR, month DATE, count INTEGER)`
		},
		{
			sql: `CREATE OR REPLACE TEMP TABLE ${STAGE_MONTHS} AS
SELECT source, area, month, count(*)::INTEGER AS rows,
	sum(hash(measure, period, value, unit, target, direction) % 1000000007)::BIGINT AS fingerprint
FROM (
	SELECT *, unnest(generate_series(period_start::TIMESTAMP, period_end::TIMESTAMP, INTERVAL 1 MONTH))::DATE AS month
	FROM ${STAGE_MEASURES}
) GROUP BY source, area, month`
		}
	];
}

/** Moves the staged measures into the store under an upload id, inside the caller's transaction. */
export function commitMeasuresSql(opts: { uploadId: number }): Query {
	const columns = Object.keys(MEASURE_COLUMNS).filter((c) => c !== 'source_row');
	return {
		sql: `INSERT INTO measures (${columns.join(', ')}, upload_id, source_row)
SELECT ${columns.join(', ')}, CAST(? AS INTEGER), source_row FROM ${STAGE_MEASURES}`,
		params: [opts.uploadId]
	};
}
