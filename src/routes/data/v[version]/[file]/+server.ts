import { error } from '@sveltejs/kit';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exportFileType } from '$lib/server/data/export-file-type';
import { exportsRoot } from '$lib/server/data/exports-root';
import { serveExportFile } from '$lib/server/data/serve-export-file';
import { versionDir, writeVersionExport } from '$lib/server/data/version-export';
import { withStore } from '$lib/server/with-store';
import { dataDir } from '$lib/server/store-path';
import type { RequestHandler } from './$types';

/** One file of a dataset version's Parquet export; it never changes, so it is cached for a year. */
export const GET: RequestHandler = async ({ params, request }) => {
	const version = /^\d{1,9}$/.test(params.version) ? Number(params.version) : NaN;
	const type = exportFileType(params.file);
	if (Number.isNaN(version) || !type)
		error(404, `No such export file: /data/v${params.version}/${params.file}. Files are <table>.parquet and manifest.json; /data/latest names the newest version.`);
	const root = exportsRoot({ dataDir: dataDir() });
	const dir = versionDir({ root, version });
	// The newest version is written on its first request; older ones exist if written in their day.
	if (!existsSync(dir)) await withStore((db) => writeVersionExport({ db, root }));
	const path = join(dir, params.file);
	if (!existsSync(path))
		error(404, `Version ${version} has no export: only the newest version is written on demand, and versions published before exports began were never written.`);
	return serveExportFile({ request, path, type });
};

export const HEAD = GET;
