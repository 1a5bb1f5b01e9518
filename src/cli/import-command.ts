import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { ImportResult } from '../lib/store/import-file';
import { publishFiles, type PublishFile } from '../lib/store/publish-files';
import { findColumnMapping } from '../lib/store/find-column-mapping';
import { formatIssueGroup } from '../lib/ingest/format-issue-group';
import { FORMAT_SIGNATURES } from '../lib/ingest/detect/format-signatures';
import { expandZip } from '../lib/ingest/expand-zip';
import { zipLimitsFromEnv } from '../lib/ingest/text/zip-limits';
import { escapeControls } from '../lib/ingest/text/escape-controls';
import type { FormatKind } from '../lib/ingest/types';
import { expandPaths } from './expand-paths';
import { openStore } from './open-store';

/** Layouts `--format` accepts. */
export const FORMAT_CHOICES: FormatKind[] = FORMAT_SIGNATURES.map((s) => s.kind).filter(
	(k) => k !== 'police-stop-search'
);

/**
 * Imports files (or every CSV and zip in given folders; zips opened) into the store, printing the
 * layout read for each; returns the exit code.
 * @example await importCommand({ paths: ['data/sample'], dataDir: 'data', dryRun: false, log: console.log })
 */
export async function importCommand(opts: {
	paths: string[];
	dataDir: string;
	dryRun: boolean;
	/** Read every file as this layout (the manual override). */
	format?: string;
	/** Read every file with the column mapping saved under this name. */
	mapping?: string;
	/** Who the dataset version is recorded as made by; default the OS user. */
	actor?: string;
	log: (line: string) => void;
}): Promise<{ code: number; results: ImportResult[]; version?: number | null }> {
	// File names and contents reach the terminal: a control character in them is shown, not obeyed.
	const log = (line: string) => opts.log(escapeControls({ text: line }));
	const format = opts.format as FormatKind | undefined;
	if (format !== undefined && !FORMAT_CHOICES.includes(format)) {
		log(`Unknown --format "${opts.format}": use one of ${FORMAT_CHOICES.join(', ')}.`);
		return { code: 2, results: [] };
	}
	const { files, problems } = await expandPaths({ paths: opts.paths });
	for (const problem of problems) log(problem);
	if (problems.length) return { code: 2, results: [] };
	if (!files.length) {
		log('Nothing to import: name one or more CSV or zip files, or folders holding them.');
		return { code: 2, results: [] };
	}
	let limits;
	try {
		limits = zipLimitsFromEnv(process.env);
	} catch (e) {
		log((e as Error).message);
		return { code: 2, results: [] };
	}
	const db = await openStore({ dataDir: opts.dataDir, what: 'an import' });
	const results: ImportResult[] = [];
	let version: number | null = null;
	try {
		const mapping = opts.mapping ? await findColumnMapping({ db, name: opts.mapping }) : null;
		if (opts.mapping && !mapping) {
			log(`No saved column mapping is called "${opts.mapping}".`);
			return { code: 2, results };
		}
		const targets: PublishFile[] = [];
		for (const file of files) {
			const bytes = new Uint8Array(await readFile(file));
			const opened = expandZip({ name: basename(file), bytes, limits });
			const inside = opened.issue ? [{ name: basename(file), bytes }] : opened.files;
			for (const target of inside)
				targets.push({ ...target, format, mapping: mapping ?? undefined });
		}
		// Every file in one version, in one transaction: all stored, or (one rejected) none.
		const published = await publishFiles({
			db,
			files: targets,
			now: new Date(),
			createdBy: opts.actor ?? userInfo().username,
			via: 'cli',
			dryRun: opts.dryRun
		});
		version = published.version;
		for (const result of published.results) {
			results.push(result);
			log(describe(result, opts.dryRun));
			if (format || result.mapping) log(`  ${result.detection?.reason ?? ''}`);
			for (const issue of result.issues) log(`  ${formatIssueGroup(issue)}`);
		}
		if (results.some((r) => r.status === 'rejected') && !opts.dryRun)
			log('Nothing was stored: correct the rejected file, or leave it out, and import again.');
	} finally {
		await db.close();
	}
	return { code: results.some((r) => r.status === 'rejected') ? 1 : 0, results, version };
}

function describe(r: ImportResult, dryRun: boolean): string {
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
		planned: dryRun ? 'checked (dry run)' : 'checked, not stored (see the rejected file)'
	}[r.status];
	const layout = r.mapping
		? ` [${r.format}, mapping "${r.mapping.name}"]`
		: ` [${r.format ?? 'unreadable'}]`;
	return `${r.file}: ${verb}, ${r.rows.toLocaleString('en-GB')} rows${months}${layout}`;
}
