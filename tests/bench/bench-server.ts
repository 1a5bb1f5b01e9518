import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../support/server';

// Under node_modules: out of lint's way, and the copy still finds the app's packages.
const COPY = join('node_modules', '.cache', 'safer-city-bench-build');

/**
 * Copies the built app (`build/`, from `npm run build`) aside once, so a build run meanwhile
 * (by another command in the same tree) cannot pull it away from under the bench's servers.
 * @example copyBuild()
 */
export function copyBuild(): void {
	if (!existsSync(join('build', 'index.js')))
		throw new Error('No build/: run `npm run build` first.');
	rmSync(COPY, { recursive: true, force: true });
	cpSync('build', COPY, { recursive: true });
}

/** Starts the copied app on a free loopback port against a data folder (as tests/support/server.ts). */
export async function startBenchServer(opts: {
	dataDir: string;
}): Promise<{ url: string; stop: () => void }> {
	const port = await freePort();
	const child = spawn(process.execPath, [join(COPY, 'index.js')], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			SAFER_CITY_DATA_DIR: opts.dataDir
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 600; i++) {
		try {
			const response = await fetch(url);
			if (response.ok) return { url, stop: () => child.kill() };
			throw new Error(`The server answered / with HTTP ${response.status}`);
		} catch (error) {
			if (error instanceof Error && error.message.startsWith('The server answered')) {
				child.kill();
				throw error;
			}
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	child.kill();
	throw new Error(`The server did not answer on ${url}`);
}
