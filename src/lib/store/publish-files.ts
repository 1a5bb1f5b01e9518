import type { Connector } from '../db/connector';
import { recordUploadCoverageSql } from '../db/sql/coverage-changes-sql';
import { dropTempTableSql, renameTempTableSql, tempTablesSql } from '../db/sql/temp-tables-sql';
import { nextUploadIdSql } from '../db/sql/uploads-sql';
import { nextVersionSql, recordVersionSql } from '../db/sql/versions-sql';
import { runAll } from '../db/transaction';
import type { FileBody } from '../ingest/file-body';
import type { MeasureDefaults } from '../ingest/formats/measure-defaults';
import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import type { FormatKind } from '../ingest/types';
import type { DeferredImport } from './finish-import';
import { importFile, type ImportResult } from './import-file';

/** One file to publish, with its manual overrides. */
export interface PublishFile {
	name: string;
	bytes: FileBody;
	format?: FormatKind;
	mapping?: ColumnMapping;
	measureDefaults?: MeasureDefaults;
}

/** A planned file waiting to be stored: its statements and its staging, kept under a prefix. */
interface Held extends DeferredImport {
	index: number;
	tables: string[];
}

const prefix = (index: number) => `held_${index}_`;

/**
 * Validates and plans every file with the same code as importFile (each against the store as it
 * is) and, unless `dryRun` or any file is rejected, stores them all with their month replacements
 * in one transaction together with one new dataset version (action 'publish' from the web,
 * 'import' from the CLI); a later file wins a month two files hold. A rejected file means nothing
 * is stored: the others come back 'planned', it with its issues. An error on the way (or a crash)
 * leaves the previous version as it was. Version null: nothing stored.
 * @example await publishFiles({ db, files: [{ name: 'june.csv', bytes }], now: new Date(), createdBy: 'ana', via: 'web' })
 */
export async function publishFiles(opts: {
	db: Connector;
	files: PublishFile[];
	now: Date;
	createdBy: string;
	via: 'web' | 'cli';
	dryRun?: boolean;
}): Promise<{ results: ImportResult[]; version: number | null }> {
	const { db, now } = opts;
	const results: ImportResult[] = [];
	const held: Held[] = [];
	try {
		for (const [index, file] of opts.files.entries()) {
			let deferred: DeferredImport | null = null;
			const dryRun = opts.dryRun || results.some((r) => r.status === 'rejected');
			const defer = (d: DeferredImport) => (deferred = d);
			results.push(await importFile({ db, ...file, now, dryRun, defer }));
			// Each file stages into the same temporary tables: the next one must not overwrite them.
			if (deferred)
				held.push({ ...(deferred as DeferredImport), index, tables: await hold(db, index) });
		}
		if (opts.dryRun || results.some((r) => r.status === 'rejected') || !held.length)
			return { results, version: null };
		const version = await storeHeld({ ...opts, held, results });
		return { results, version };
	} finally {
		for (const h of held)
			for (const t of h.tables) await db.query(dropTempTableSql({ name: prefix(h.index) + t }));
	}
}

/** Puts the staging just made under the file's prefix; returns its tables' names. */
async function hold(db: Connector, index: number): Promise<string[]> {
	const names = (await db.query<{ name: string }>(tempTablesSql())).map((r) => r.name);
	const tables = names.filter((n) => !/^held_\d+_/.test(n));
	for (const t of tables) await db.query(renameTempTableSql({ from: t, to: prefix(index) + t }));
	return tables;
}

/** Stores every held file and the version in one transaction; returns the version's number. */
async function storeHeld(opts: {
	db: Connector;
	now: Date;
	createdBy: string;
	via: 'web' | 'cli';
	held: Held[];
	results: ImportResult[];
}): Promise<number> {
	const { db } = opts;
	await db.query({ sql: 'BEGIN TRANSACTION' });
	try {
		const [{ version }] = (await db.query<{ version: number }>(nextVersionSql())) as [
			{ version: number }
		];
		const uploadIds: number[] = [];
		for (const h of opts.held) {
			for (const t of h.tables) {
				await db.query(dropTempTableSql({ name: t }));
				await db.query(renameTempTableSql({ from: prefix(h.index) + t, to: t }));
			}
			const [{ next }] = (await db.query<{ next: number }>(nextUploadIdSql())) as [
				{ next: number }
			];
			const coverage = recordUploadCoverageSql({ version, uploadId: next });
			await runAll({ db, queries: [...h.queries(next), ...coverage] });
			for (const t of h.tables)
				await db.query(renameTempTableSql({ from: t, to: prefix(h.index) + t }));
			uploadIds.push(next);
		}
		const months = opts.held.flatMap((h) => opts.results[h.index]!.months);
		const count = (status: string) => months.filter((m) => m.status === status).length;
		const record = recordVersionSql({
			version,
			nowMs: opts.now.getTime(),
			createdBy: opts.createdBy,
			via: opts.via,
			action: opts.via === 'web' ? 'publish' : 'import',
			counts: { new: count('new'), replaced: count('replaced'), revised: count('revised') },
			uploadIds
		});
		await runAll({ db, queries: record });
		await db.query({ sql: 'COMMIT' });
		for (const [i, h] of opts.held.entries()) {
			const r = opts.results[h.index]!;
			opts.results[h.index] = { ...r, status: 'stored', uploadId: uploadIds[i]!, sha256: h.sha256 };
		}
		return version;
	} catch (error) {
		await db.query({ sql: 'ROLLBACK' }).catch(() => {});
		throw error;
	}
}
