import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataDir, storePath } from '../lib/server/store-path';
import { importCommand } from './import-command';
import { openStore } from './open-store';

/** Loads the bundled sample data into an empty store, then serves the built app. */
async function start(): Promise<void> {
	const dir = dataDir();
	if (!existsSync(storePath({ dataDir: dir }))) {
		console.log(`Empty store: loading the bundled sample data from data/sample …`);
		const sample = ['police', 'lfb', 'probation'].map((kind) => join('data', 'sample', kind));
		const { code } = await importCommand({
			paths: sample,
			dataDir: dir,
			dryRun: false,
			log: () => {}
		});
		if (code !== 0) throw new Error(`The sample data did not load (exit ${code}).`);
	}
	// Brings an older store's schema up to date; the server itself only reads.
	await (await openStore({ dataDir: dir })).close();
	process.env.PORT ??= '3000';
	process.env.SAFER_CITY_DATA_DIR = dir;
	await import(pathToFileURL(join(process.cwd(), 'build', 'index.js')).href);
	console.log(`Safer City Dashboard: http://localhost:${process.env.PORT}`);
}

start().catch((error: Error) => {
	console.error(`Could not start: ${error.message}`);
	process.exit(1);
});
