import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportsRoot } from './exports-root';
import { writeVersionExport } from './version-export';
import { withStore } from '../with-store';

/**
 * After a publish: writes the new version's Parquet export under the data folder, and into
 * `PUBLISH_DIR` when set (for a static host); a failure is logged, never undoes the publish,
 * and the data folder's copy is written again on its first request.
 * @example await exportPublished({ dataDir: 'data' });
 */
export async function exportPublished(opts: {
	dataDir: string;
	env?: Record<string, string | undefined>;
}): Promise<void> {
	const publishDir = (opts.env ?? process.env).PUBLISH_DIR;
	const roots = [exportsRoot(opts), ...(publishDir ? [publishDir] : [])];
	try {
		await withStore(async (db) => {
			for (const root of roots) {
				const { version } = await writeVersionExport({ db, root });
				const latest = JSON.stringify({ version, base: `v${version}/` }) + '\n';
				if (root === publishDir) await writeFile(join(root, 'latest.json'), latest);
			}
		});
	} catch (failure) {
		console.error(`The Parquet export after a publish failed (the publish stands): ${String(failure)}`);
	}
}
