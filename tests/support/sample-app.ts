import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { loadedDataDir, startServer } from './server';

/** The built app serving the sample police data, and a Chromium, for the tests of one file. */
export interface SampleApp {
	/** The data folder the server reads. */
	readonly dataDir: string;
	readonly url: string;
	readonly browser: Browser;
}

/** Starts the app on the sample data (police alone unless `paths` says) before the file's tests and stops it after them. */
export function useSampleApp(opts: { paths?: string[] } = {}): SampleApp {
	let data: Awaited<ReturnType<typeof loadedDataDir>>;
	let server: Awaited<ReturnType<typeof startServer>>;
	let chromium: Awaited<ReturnType<typeof launchChromium>>;
	beforeAll(async () => {
		data = await loadedDataDir(opts.paths ?? ['data/sample/police']);
		server = await startServer({ dataDir: data.dir });
		chromium = await launchChromium();
	});
	afterAll(async () => {
		await chromium?.close();
		server?.stop();
		data?.remove();
	});
	return {
		get dataDir() {
			return data.dir;
		},
		get url() {
			return server.url;
		},
		get browser() {
			return chromium.browser;
		}
	};
}
