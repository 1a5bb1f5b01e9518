import type { Query } from '../../db/connector';
import { POLICE_RULES } from './police-rules';
import { policeLineSql, STAGE_REJECTS, STAGE_TABLE } from './stage-police-street-sql';

const EXAMPLES = 3;

/**
 * Counts staged rows breaking each rule, with the first lines as examples.
 * @example policeIssuesSql({ firstFutureMonth: '2026-12-01', gaps: false })
 */
export function policeIssuesSql(opts: { firstFutureMonth: string; gaps: boolean }): Query {
	const line = policeLineSql(opts);
	const parts = POLICE_RULES.map(
		(r, i) => `SELECT ${i} AS rule_index, count(*)::INTEGER AS count,
	list(line ORDER BY line)[1:${EXAMPLES}] AS lines,
	list(value ORDER BY line)[1:${EXAMPLES}] AS "values"
FROM (SELECT ${line} AS line, ${r.field} AS value FROM ${STAGE_TABLE} s WHERE ${r.when})`
	);
	const params = POLICE_RULES.flatMap((r) => (r.when.includes('?') ? [opts.firstFutureMonth] : []));
	return { sql: `${parts.join('\nUNION ALL\n')}\nORDER BY rule_index`, params };
}

/** Lines DuckDB's CSV reader could not parse, first few of each kind. */
export function rejectedLinesSql(): Query {
	return {
		sql: `SELECT error_type, count(*)::INTEGER AS count,
	list(line ORDER BY line)[1:${EXAMPLES}] AS lines,
	list(csv_line ORDER BY line)[1:${EXAMPLES}] AS "values",
	list(error_message ORDER BY line)[1] AS message
FROM ${STAGE_REJECTS} GROUP BY error_type ORDER BY min(line)`
	};
}
