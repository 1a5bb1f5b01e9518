import type { Connector } from '../../db/connector';
import type { IssueGroup, TextEncodingName } from '../types';
import { runAll } from '../../store/transaction';
import { stageFromIncidentsSql } from '../../store/stage-sql';
import { STAGE_INCIDENTS } from '../../store/incidents-sql';
import { decodeText } from '../text/decodeText';
import { policeIncidentsSql } from './police-incidents-sql';
import { policeIssuesSql, rejectedLinesSql } from './police-issues-sql';
import { POLICE_RULES } from './police-rules';
import { lineGapsSql, STAGE_BLANK_LINES, stagedSummarySql } from './stage-police-street-sql';
import { stageRows } from '../../store/stage-rows';
import { findBlankLines } from './find-blank-lines';
import { blankLines, noRows, readAsWindows1252, unreadable } from './police-file-issues';
import { loadChunks } from './load-chunks';
import { LoadCancelled, type LoadProgress } from '../load-progress';

type Examples = { count: number; lines: number[]; values: (string | null)[] };
type Rejected = Examples & { error_type: string; message: string };

const NOT_UTF8 = /^INVALID (ENCODING|UNICODE)$/;

/**
 * Bulk-loads a police.uk street-level file (current or older Easting/Northing layout, header
 * already checked) into staging tables with DuckDB's CSV reader and checks every row; nothing in
 * the store changes. A file that is not UTF-8 is read as Windows-1252, with a warning.
 * @example await stagePoliceStreet({ db, name, bytes, header, encoding: 'utf-8', now: new Date() })
 */
export async function stagePoliceStreet(opts: {
	db: Connector;
	name: string;
	bytes: Uint8Array;
	header: string[];
	encoding: TextEncodingName;
	now: Date;
	signal?: AbortSignal;
	onProgress?: (p: LoadProgress) => void;
	chunkBytes?: number;
}): Promise<{ rows: number; issues: IssueGroup[] }> {
	const { db, name } = opts;
	let recoded = opts.encoding === 'windows-1252';
	let bytes = recoded ? toUtf8(opts.bytes) : opts.bytes;
	let rejected: Rejected[];
	try {
		await loadChunks({ ...opts, bytes });
		rejected = await db.query<Rejected>(rejectedLinesSql());
		if (!recoded && rejected.some((r) => NOT_UTF8.test(r.error_type))) {
			recoded = true;
			bytes = toUtf8(opts.bytes);
			await loadChunks({ ...opts, bytes });
			rejected = await db.query<Rejected>(rejectedLinesSql());
		}
	} catch (error) {
		if (error instanceof LoadCancelled) throw error;
		return { rows: 0, issues: [unreadable(name, error)] };
	}
	const [summary] = await db.query<{ rows: number; rejected: number }>(stagedSummarySql());
	const staged = summary?.rows ?? 0;
	const issues: IssueGroup[] = rejected.map((r) => ({
		file: name,
		rule: `csv-${r.error_type.toLowerCase().replaceAll(' ', '-')}`,
		column: null,
		severity: 'error',
		count: r.count,
		examples: r.lines.map((line, i) => ({ line, value: r.values[i]?.trim() ?? null })),
		expected: `${opts.header.length} comma-separated fields per line (${r.message})`,
		action:
			'Check these lines for missing or extra commas or an unclosed quote, or download the file again.'
	}));
	const blank = findBlankLines({ bytes });
	const rows = blank.map((line) => ({ line }));
	await stageRows({ db, name, table: STAGE_BLANK_LINES, columns: { line: 'INTEGER' }, rows });
	const gaps = blank.length > 0 || rejected.length > 0;
	if (gaps) await db.query(lineGapsSql());
	if (blank.length) issues.push(blankLines(name, blank));
	const firstFutureMonth = firstOfNextMonth(opts.now);
	const checked = await db.query<Examples & { rule_index: number }>(
		policeIssuesSql({ firstFutureMonth, gaps })
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
	if (recoded) issues.push(readAsWindows1252(name));
	if (staged === 0 && !issues.some((i) => i.severity === 'error')) issues.push(noRows(name));
	if (!issues.some((i) => i.severity === 'error')) {
		await runAll({
			db,
			queries: [policeIncidentsSql({ gaps }), ...stageFromIncidentsSql({ table: STAGE_INCIDENTS })]
		});
	}
	return { rows: staged, issues };
}

/** The file's text as UTF-8 bytes (a Windows-1252 export re-encoded; a BOM dropped). */
function toUtf8(bytes: Uint8Array): Uint8Array {
	return new TextEncoder().encode(decodeText({ bytes }).text);
}

function firstOfNextMonth(now: Date): string {
	const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
	return next.toISOString().slice(0, 10);
}
