import type { Query } from '../db/connector';
import { STAGE_MEASURES } from './measures-sql';
import { STAGE_MONTHS } from './stage-sql';

const MONTHS_OF = (alias: string) =>
	`unnest(generate_series(${alias}.period_start::TIMESTAMP, ${alias}.period_end::TIMESTAMP, INTERVAL 1 MONTH))::DATE AS month`;
const SAME_MEASURE = `o.source = s.source AND o.area = s.area AND o.measure = s.measure
	AND o.period_start = s.period_start AND o.period_end = s.period_end`;

/**
 * The plan of a staged measures file, in `planSql`'s columns plus `kept`: a measure is replaced
 * only by the same measure for the same area and period, so a month is unchanged when every
 * staged measure equals the stored one, and `kept` names the stored measures of the month that
 * the file does not hold (they stay as they are).
 */
export function planMeasuresSql(): Query {
	return {
		sql: `WITH staged AS (
	SELECT s.*, ${MONTHS_OF('s')} FROM ${STAGE_MEASURES} s
), stored AS (
	SELECT o.*, ${MONTHS_OF('o')} FROM current_measures o
	WHERE EXISTS (SELECT 1 FROM ${STAGE_MONTHS} m WHERE m.source = o.source AND m.area = o.area)
), paired AS (
	SELECT s.source, s.area, s.month,
		bool_and(o.measure IS NOT NULL AND o.value = s.value AND o.unit = s.unit
			AND o.target IS NOT DISTINCT FROM s.target AND o.direction = s.direction) AS same_content
	FROM staged s LEFT JOIN stored o ON ${SAME_MEASURE} AND o.month = s.month
	GROUP BY s.source, s.area, s.month
), old AS (
	SELECT o.source, o.area, o.month, count(*)::INTEGER AS old_rows,
		list(DISTINCT o.measure ORDER BY o.measure)
			FILTER (WHERE NOT EXISTS (SELECT 1 FROM ${STAGE_MEASURES} s WHERE ${SAME_MEASURE})) AS kept
	FROM stored o GROUP BY o.source, o.area, o.month
)
SELECT m.source, m.area, strftime(m.month, '%Y-%m') AS month,
	(m.rows + len(coalesce(old.kept, []::VARCHAR[])))::INTEGER AS new_rows, old.old_rows,
	coalesce(p.same_content, false) AS same_content,
	NULL::VARCHAR AS category, NULL::INTEGER AS old_count, NULL::INTEGER AS new_count,
	coalesce(old.kept, []::VARCHAR[]) AS kept
FROM ${STAGE_MONTHS} m
JOIN paired p USING (source, area, month)
LEFT JOIN old USING (source, area, month)
ORDER BY m.source, m.area, m.month`
	};
}
