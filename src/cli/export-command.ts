import { existsSync } from 'node:fs';
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openWhenFree } from '../lib/db/open-when-free.server';
import { exportsRoot } from '../lib/server/data/exports-root';
import { latestVersion, versionDir, writeVersionExport } from '../lib/server/data/version-export';
import { lockWaitMs } from '../lib/server/lock-wait';
import { storePath } from '../lib/server/store-path';

/**
 * `export --out DIR [--version N]`: writes a dataset version's Parquet files to `DIR/v<N>/` and
 * `DIR/latest.json` naming the newest, for a static host, object store or CDN to serve.
 * @example await exportCommand({ dataDir: 'data', out: 'public-data', log: console.log })
 */
export async function exportCommand(opts: {
	dataDir: string;
	out?: string;
	version?: string;
	log: (line: string) => void;
}): Promise<number> {
	const out = opts.out ?? process.env.PUBLISH_DIR;
	if (!out) {
		opts.log('Say where to write the export: export --out DIR (or set PUBLISH_DIR).');
		return 1;
	}
	const path = storePath(opts);
	if (!existsSync(path)) {
		opts.log(`No store at ${path}: import files first with "npm run cli -- import <files…>".`);
		return 1;
	}
	const db = await openWhenFree({ path, readOnly: true, waitMs: lockWaitMs() });
	try {
		const newest = await latestVersion({ db });
		const wanted = opts.version === undefined ? newest : Number(opts.version);
		if (!Number.isInteger(wanted) || wanted < 0) {
			opts.log(`--version ${opts.version}: expected a version number such as 3 (see "versions").`);
			return 1;
		}
		if (wanted === newest) await writeVersionExport({ db, root: out });
		else {
			// An older version's figures exist only as the server wrote them in its day.
			const kept = versionDir({ root: exportsRoot(opts), version: wanted });
			if (!existsSync(kept)) {
				opts.log(
					`Version ${wanted} was never exported (only v${newest}, the newest, can be written now).`
				);
				return 1;
			}
			await cp(kept, versionDir({ root: out, version: wanted }), { recursive: true, force: false });
		}
		const latest = { version: newest, base: `v${newest}/` };
		if (wanted === newest) await writeFile(join(out, 'latest.json'), JSON.stringify(latest) + '\n');
		opts.log(`Wrote version ${wanted} to ${versionDir({ root: out, version: wanted })}`);
		return 0;
	} finally {
		await db.close();
	}
}
