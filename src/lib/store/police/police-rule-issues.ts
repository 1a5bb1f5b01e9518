import type { Connector } from '../../db/connector';
import type { IssueGroup } from '../../ingest/types';
import { ruleCountsSql } from './police-groups-sql';
import { policeIssuesSql } from './police-issues-sql';
import { POLICE_RULES } from './police-rules';

type Examples = { rule_index: number; count: number; lines: number[]; values: (string | null)[] };

/**
 * Checks every rule against a loaded file in one pass over its groups; only when some row may
 * break a rule are the staged rows (loaded by `stageRows` if need be) searched for the lines.
 * @example await policeRuleIssues({ db, name, now, gaps: false, stageRows: async () => {} })
 */
export async function policeRuleIssues(opts: {
	db: Connector;
	name: string;
	now: Date;
	/** Whether lines are missing from the staged rows (see lineGapsSql). */
	gaps: boolean;
	/** Makes sure every row is in the staging table. */
	stageRows: () => Promise<void>;
}): Promise<{ rows: number; issues: IssueGroup[] }> {
	const { db } = opts;
	const firstFutureMonth = firstOfNextMonth(opts.now);
	const [counts] = await db.query<Record<string, number>>(ruleCountsSql({ firstFutureMonth }));
	const rows = counts?.rows ?? 0;
	const suspect = POLICE_RULES.flatMap((_, i) => (counts?.[`rule_${i}`] ? [i] : []));
	if (suspect.length === 0) return { rows, issues: [] };
	await opts.stageRows();
	const query = policeIssuesSql({ firstFutureMonth, gaps: opts.gaps, rules: suspect });
	const checked = await db.query<Examples>(query);
	const issues = checked
		.filter((c) => c.count > 0)
		.map((c): IssueGroup => {
			const rule = POLICE_RULES[c.rule_index]!;
			return {
				file: opts.name,
				rule: rule.rule,
				column: rule.column,
				severity: rule.severity,
				count: c.count,
				examples: c.lines.map((line, i) => ({ line, value: c.values[i] ?? null })),
				expected: rule.expected,
				action: rule.action
			};
		});
	return { rows, issues };
}

function firstOfNextMonth(now: Date): string {
	const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
	return next.toISOString().slice(0, 10);
}
