import type { Connector } from '../../db/connector';
import type { IssueGroup } from '../types';
import { runAll } from '../../store/transaction';
import { stageFromIncidentsSql } from '../../store/stage-sql';
import { checkPoliceHeader } from './check-police-header';
import { policeIncidentsSql, STAGE_INCIDENTS } from './police-incidents-sql';
import { policeIssuesSql, rejectedLinesSql } from './police-issues-sql';
import { POLICE_RULES } from './police-rules';
import { stagedSummarySql } from './stage-police-street-sql';
import { loadChunks } from './load-chunks';
import { LoadCancelled, type LoadProgress } from '../load-progress';

type Examples = { count: number; lines: number[]; values: (string | null)[] };

/**
 * Bulk-loads a police.uk street-level file into staging tables with DuckDB's CSV reader and
 * checks every row; nothing in the store changes.
 * @example await stagePoliceStreet({ db, name, bytes, header, now: new Date() })
 */
export async function stagePoliceStreet(opts: {
	db: Connector;
	name: string;
	bytes: Uint8Array;
	header: string[];
	now: Date;
	signal?: AbortSignal;
	onProgress?: (p: LoadProgress) => void;
	chunkBytes?: number;
}): Promise<{ format: string | null; rows: number; issues: IssueGroup[] }> {
	const { db, name } = opts;
	const headerIssues = checkPoliceHeader({ file: name, header: opts.header });
	if (headerIssues.length) return { format: null, rows: 0, issues: headerIssues };

	try {
		await loadChunks(opts);
	} catch (error) {
		if (error instanceof LoadCancelled) throw error;
		return { format: null, rows: 0, issues: [unreadable(name, error)] };
	}
	const [summary] = await db.query<{ rows: number; rejected: number }>(stagedSummarySql());
	const rows = summary?.rows ?? 0;
	const rejected = await db.query<Examples & { error_type: string; message: string }>(
		rejectedLinesSql()
	);
	const issues: IssueGroup[] = rejected.map((r) => ({
		file: name,
		rule: `csv-${r.error_type.toLowerCase().replaceAll(' ', '-')}`,
		column: null,
		severity: 'error',
		count: r.count,
		examples: r.lines.map((line, i) => ({ line, value: r.values[i]?.trimEnd() ?? null })),
		expected: `${opts.header.length} comma-separated fields per line (${r.message})`,
		action:
			'Check these lines for missing or extra commas or an unclosed quote, or download the file again.'
	}));
	const firstFutureMonth = firstOfNextMonth(opts.now);
	const checked = await db.query<Examples & { rule_index: number }>(
		policeIssuesSql({ firstFutureMonth })
	);
	for (const c of checked.filter((c) => c.count > 0)) {
		const rule = POLICE_RULES[c.rule_index]!;
		issues.push({
			file: name,
			rule: rule.rule,
			column: rule.column,
			severity: rule.severity,
			count: c.count,
			examples: c.lines.map((line, i) => ({ line, value: c.values[i] ?? null })),
			expected: rule.expected,
			action: rule.action
		});
	}
	if (rows === 0 && issues.length === 0) issues.push(noRows(name));
	if (!issues.some((i) => i.severity === 'error')) {
		await runAll({
			db,
			queries: [policeIncidentsSql(), ...stageFromIncidentsSql({ table: STAGE_INCIDENTS })]
		});
	}
	return { format: 'police-street', rows, issues };
}

function firstOfNextMonth(now: Date): string {
	const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
	return next.toISOString().slice(0, 10);
}

const unreadable = (file: string, error: unknown): IssueGroup => ({
	file,
	rule: 'csv-unreadable',
	column: null,
	severity: 'error',
	count: 1,
	examples: [{ line: null, value: error instanceof Error ? error.message : String(error) }],
	expected: 'a UTF-8 CSV file as police.uk provides it',
	action: 'Download the file again from police.uk and upload it unchanged.'
});

const noRows = (file: string): IssueGroup => ({
	file,
	rule: 'no-rows',
	column: null,
	severity: 'error',
	count: 1,
	examples: [{ line: 2, value: null }],
	expected: 'at least one crime or ASB record under the header',
	action: 'The file has a header but no records: download the month again from police.uk.'
});
