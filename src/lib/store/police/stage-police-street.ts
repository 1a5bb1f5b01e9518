import type { Connector } from '../../db/connector';
import { stageRows } from '../stage-rows';
import { stagedMonthsStoredSql } from '../stage-sql';
import { runAll } from '../../db/transaction';
import type { FileBody } from '../../ingest/file-body';
import { LoadCancelled, type LoadProgress } from '../../ingest/load-progress';
import type { IssueGroup, TextEncodingName } from '../../ingest/types';
import { loadPoliceFile, type LoadedPoliceFile, type Rejected } from './load-police-file';
import {
	blankLines,
	noRows,
	readAsWindows1252,
	trailingFields,
	unreadable
} from '../../ingest/police/police-file-issues';
import { decodingWarnings } from '../../ingest/text/decoding-warnings';
import { groupIssues } from '../../ingest/validation/group-issues';
import { stageFromGroupsSql } from './police-groups-sql';
import { policeRuleIssues } from './police-rule-issues';
import { lineGapsSql, STAGE_BLANK_LINES } from './stage-police-street-sql';

/**
 * Bulk-loads a police.uk street-level file (current or older Easting/Northing layout, header
 * already checked) with DuckDB's CSV reader and checks every row in one pass; nothing in the store
 * changes. Rows are kept in the staging table (for policeIncidentsSql) unless `dryRun`. A dry run
 * reads the file again only to say on which lines a rule is broken, or to fingerprint months that
 * are stored already (telling unchanged from revised).
 * @example await stagePoliceStreet({ db, name, bytes, header, encoding: 'utf-8', now: new Date() })
 */
export async function stagePoliceStreet(opts: {
	db: Connector;
	name: string;
	bytes: FileBody;
	header: string[];
	encoding: TextEncodingName;
	now: Date;
	dryRun?: boolean;
	signal?: AbortSignal;
	onProgress?: (p: LoadProgress) => void;
	chunkBytes?: number;
}): Promise<{ rows: number; issues: IssueGroup[]; gaps: boolean }> {
	const { db, name } = opts;
	const keep = !opts.dryRun;
	let loaded: LoadedPoliceFile;
	try {
		loaded = await loadPoliceFile({ ...opts, rows: keep, fingerprint: keep });
	} catch (error) {
		if (error instanceof LoadCancelled) throw error;
		return { rows: 0, issues: [unreadable(name, error)], gaps: false };
	}
	// Read again what the first pass left out, the file's bytes as read (re-encoded if need be).
	const again = (more: { rows: boolean; fingerprint: boolean }) =>
		loadPoliceFile({ ...opts, bytes: loaded.bytes, encoding: 'utf-8', ...more });
	const issues = loaded.rejected.map((r) => rejectedIssue(name, opts.header, r));
	const blank = loaded.blankLines;
	const gaps = blank.length > 0 || loaded.rejected.length > 0;
	if (gaps) {
		const rows = blank.map((line) => ({ line }));
		await stageRows({ db, name, table: STAGE_BLANK_LINES, columns: { line: 'INTEGER' }, rows });
		await db.query(lineGapsSql());
	}
	if (blank.length) issues.push(blankLines(name, blank));
	if (loaded.trailingLines.length) issues.push(trailingFields(name, loaded.trailingLines));
	const { bomLines, warnings } = loaded;
	const boms = decodingWarnings({ fileName: name, utf8Lines: [], bomLines, crOnly: false });
	issues.push(...groupIssues({ issues: [...warnings, ...boms] }));
	let fingerprinted = loaded.fingerprinted;
	const stageRowsNow = async () => {
		if (!keep) fingerprinted = (await again({ rows: true, fingerprint: true })).fingerprinted;
	};
	const checked = await policeRuleIssues({ ...opts, gaps, stageRows: stageRowsNow });
	issues.push(...checked.issues);
	if (loaded.recoded) issues.push(readAsWindows1252(name));
	const errors = () => issues.some((i) => i.severity === 'error');
	if (checked.rows === 0 && !errors()) issues.push(noRows(name));
	if (!errors()) {
		await runAll({ db, queries: stageFromGroupsSql() });
		if (!fingerprinted && (await anyStored(db))) {
			await again({ rows: false, fingerprint: true });
			await runAll({ db, queries: stageFromGroupsSql() });
		}
	}
	return { rows: checked.rows, issues, gaps };
}

async function anyStored(db: Connector): Promise<boolean> {
	const [row] = await db.query<{ stored: boolean }>(stagedMonthsStoredSql());
	return Boolean(row?.stored);
}

function rejectedIssue(file: string, header: string[], r: Rejected): IssueGroup {
	return {
		file,
		rule: `csv-${r.error_type.toLowerCase().replaceAll(' ', '-')}`,
		column: null,
		severity: 'error',
		count: r.count,
		examples: r.lines.map((line, i) => ({ line, value: r.values[i]?.trim() ?? null })),
		expected: `${header.length} comma-separated fields per line (${r.message})`,
		action:
			'Check these lines for missing or extra commas or an unclosed quote, or download the file again.'
	};
}
