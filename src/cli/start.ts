import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StoreBusyError } from '../lib/db/store-busy-error';
import { sweepTempFolders } from '../lib/db/temp-folder.server';
import { uploadLimitBytes } from '../lib/server/publish/upload-limit';
import { storeBusyMessage } from '../lib/server/store-busy-message';
import { dataDir, storePath } from '../lib/server/store-path';
import { exitOnSignals } from './exit-on-signals';
import { importCommand } from './import-command';
import { listenAddress } from './listen-address';
import { openStore } from './open-store';

/** Loads the bundled sample data into an empty store, then serves the built app. */
async function start(): Promise<void> {
	const dir = dataDir();
	const undoSignals = exitOnSignals();
	sweepTempFolders();
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
	await (await openStore({ dataDir: dir, what: 'npm start' })).close();
	undoSignals(); // the server shuts down gracefully on SIGINT and SIGTERM by itself
	const { host, port } = listenAddress();
	// adapter-node reads HOST and PORT; its own default host is every interface.
	Object.assign(process.env, { HOST: host, PORT: port, SAFER_CITY_DATA_DIR: dir });
	// SvelteKit checks a form's Origin against ORIGIN; without it adapter-node assumes https.
	if (!process.env.ORIGIN && host === '127.0.0.1') process.env.ORIGIN = `http://${host}:${port}`;
	// adapter-node refuses bodies above BODY_SIZE_LIMIT (default 512K): let uploads reach their own limit.
	process.env.BODY_SIZE_LIMIT ??= `${Math.ceil(uploadLimitBytes() / 1_048_576) + 1}M`;
	if (!process.env.ORIGIN)
		console.log(
			'Set ORIGIN to the address people use (e.g. https://dashboard.example.gov.uk) for sign-in to work.'
		);
	await import(pathToFileURL(join(process.cwd(), 'build', 'index.js')).href);
	const where =
		host === '127.0.0.1' ? ' (this machine only: set HOST=0.0.0.0 to serve others)' : '';
	console.log(`Safer City Dashboard: http://${host}:${port}${where}`);
}

start().catch((error: Error) => {
	const message =
		error instanceof StoreBusyError
			? storeBusyMessage({ dataDir: dataDir(), error })
			: error.message;
	console.error(`Could not start: ${message}`);
	process.exit(1);
});
