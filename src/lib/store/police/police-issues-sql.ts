import type { Query } from '../../db/connector';
import { joinSql } from '../../db/sql/join-sql';
import { POLICE_RULES, type RuleContext } from './police-rules';
import { policeLineSql, STAGE_REJECTS, trimmedStageSql } from './stage-police-street-sql';

const EXAMPLES = 3;

/**
 * Counts staged rows breaking each of the given rules (indexes in POLICE_RULES), with the first
 * lines as examples: for a file whose rule counts (ruleCountsSql) are not all zero.
 * @example policeIssuesSql({ firstFutureMonth: '2026-12-01', gaps: false, rules: [0, 5] })
 */
export function policeIssuesSql(
	opts: RuleContext & { gaps: boolean; rules: readonly number[] }
): Query {
	const line = policeLineSql(opts);
	const parts = opts.rules.map((i): Query => {
		const r = POLICE_RULES[i]!;
		const when = r.when(opts);
		return {
			...when,
			sql: `SELECT ${i} AS rule_index, count(*)::INTEGER AS count,
	list(line ORDER BY line)[1:${EXAMPLES}] AS lines,
	list(value ORDER BY line)[1:${EXAMPLES}] AS "values"
FROM (SELECT ${line} AS line, ${r.field} AS value FROM ${trimmedStageSql()} WHERE ${when.sql})`
		};
	});
	const union = joinSql({ parts, separator: '\nUNION ALL\n' });
	return { sql: `${union.sql}\nORDER BY rule_index`, params: union.params };
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
