import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { importFile, type ImportResult } from '../lib/store/import-file';
import { formatIssueGroup } from '../lib/ingest/format-issue-group';
import { openStore } from './open-store';

/**
 * Imports files (or every CSV in given folders) into the store; returns the exit code.
 * @example await importCommand({ paths: ['data/sample/police'], dataDir: 'data', dryRun: false, log: console.log })
 */
export async function importCommand(opts: {
	paths: string[];
	dataDir: string;
	dryRun: boolean;
	log: (line: string) => void;
}): Promise<{ code: number; results: ImportResult[] }> {
	const files = (await Promise.all(opts.paths.map(expand))).flat();
	if (!files.length) {
		opts.log('Nothing to import: name one or more CSV files or folders.');
		return { code: 2, results: [] };
	}
	const db = await openStore({ dataDir: opts.dataDir });
	const results: ImportResult[] = [];
	try {
		for (const file of files) {
			const bytes = await readFile(file);
			const result = await importFile({
				db,
				name: basename(file),
				bytes,
				now: new Date(),
				dryRun: opts.dryRun
			});
			results.push(result);
			opts.log(describe(result));
			for (const issue of result.issues) opts.log(`  ${formatIssueGroup(issue)}`);
		}
	} finally {
		await db.close();
	}
	return { code: results.some((r) => r.status === 'rejected') ? 1 : 0, results };
}

async function expand(path: string): Promise<string[]> {
	if (!(await stat(path)).isDirectory()) return [path];
	const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
	return names.map((n) => join(path, n));
}

function describe(r: ImportResult): string {
	const count = (status: string) => r.months.filter((m) => m.status === status).length;
	const parts = ['new', 'replaced', 'revised', 'unchanged']
		.map((s) => [s, count(s)] as const)
		.filter(([, n]) => n > 0)
		.map(([s, n]) => `${n} ${s}`);
	const months = parts.length ? ` — months: ${parts.join(', ')}` : '';
	const verb = {
		stored: 'stored',
		unchanged: 'already up to date',
		rejected: 'REJECTED',
		planned: 'checked (dry run)'
	}[r.status];
	return `${r.file}: ${verb}, ${r.rows.toLocaleString('en-GB')} rows${months}`;
}
