import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Connector } from '../../db/connector';
import { SNAPSHOT_TABLES } from '../../db/schema';
import { exportParquetSql } from '../../db/sql/export-parquet-sql';

/** The tables a version's export holds: the aggregates the engine loads, and incidents apart. */
export const EXPORT_TABLES = [...SNAPSHOT_TABLES, 'incidents'] as const;

/** What `manifest.json` of a version's export says. */
export interface ExportManifest {
	version: number;
	files: string[];
	/** Each file's size, so that a reader's first request can already be a range. */
	bytes: Record<string, number>;
}

/** The folder of version N's export under a root. @example versionDir({ root: 'data/exports', version: 3 }) */
export function versionDir(opts: { root: string; version: number }): string {
	return join(opts.root, `v${opts.version}`);
}

/** The store's newest dataset version (0 for a store from before versions). */
export async function latestVersion(opts: { db: Connector }): Promise<number> {
	const [row] = await opts.db.query<{ v: number }>({
		sql: 'SELECT coalesce(max(version), 0)::INTEGER AS v FROM dataset_versions'
	});
	return row?.v ?? 0;
}

/**
 * Writes the store's newest version as Parquet files (one per table, and `manifest.json`) to
 * `<root>/v<N>/`, once: an existing folder is kept as it is, so its files never change. The
 * files are written to a temporary folder renamed into place, so a crash leaves nothing half-made.
 * @example const { version, dir } = await writeVersionExport({ db, root: 'data/exports' });
 */
export async function writeVersionExport(opts: {
	db: Connector;
	root: string;
}): Promise<{ version: number; dir: string }> {
	const version = await latestVersion({ db: opts.db });
	const dir = versionDir({ root: opts.root, version });
	if (existsSync(dir)) return { version, dir };
	const temp = `${dir}.part-${process.pid}-${Date.now()}`;
	await mkdir(temp, { recursive: true });
	try {
		const files = [];
		const bytes: Record<string, number> = {};
		for (const table of EXPORT_TABLES) {
			const path = join(temp, `${table}.parquet`);
			await opts.db.query(exportParquetSql({ table, path }));
			files.push(`${table}.parquet`);
			bytes[`${table}.parquet`] = (await stat(path)).size;
		}
		const manifest: ExportManifest = { version, files, bytes };
		await writeFile(join(temp, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
		// Another request may have finished the same version first: its folder is as good.
		await rename(temp, dir).catch((failure) => {
			if (!existsSync(dir)) throw failure;
		});
	} finally {
		await rm(temp, { recursive: true, force: true });
	}
	return { version, dir };
}
