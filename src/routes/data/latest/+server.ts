import { error, json } from '@sveltejs/kit';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportsRoot } from '$lib/server/data/exports-root';
import { writeVersionExport, type ExportManifest } from '$lib/server/data/version-export';
import { withStore } from '$lib/server/with-store';
import { dataDir } from '$lib/server/store-path';
import type { RequestHandler } from './$types';

/** Names the newest version's export (its manifest with each file's URL); asked again each time. */
export const GET: RequestHandler = async () => {
	const root = exportsRoot({ dataDir: dataDir() });
	const made = await withStore((db) => writeVersionExport({ db, root }));
	if (!made) error(404, 'No data has been stored yet, so there is no export.');
	const manifest = JSON.parse(await readFile(join(made.dir, 'manifest.json'), 'utf8')) as ExportManifest;
	const base = `/data/v${made.version}/`;
	return json(
		{ ...manifest, base, urls: manifest.files.map((file) => base + file) },
		{ headers: { 'cache-control': 'no-cache' } }
	);
};
