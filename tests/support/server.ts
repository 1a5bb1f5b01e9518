import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address ? resolve(address.port) : reject()
			);
		});
	});
}

/** Runs the CLI (`src/cli/main.ts`) to completion and returns what it printed. */
export async function runCli(
	args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (d) => (stdout += d));
	child.stderr.on('data', (d) => (stderr += d));
	const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
	return { code, stdout, stderr };
}

/** A temporary data folder (or `into`, an existing one) holding a store loaded with the given files. */
export async function loadedDataDir(
	paths: string[],
	into?: string
): Promise<{ dir: string; remove: () => void }> {
	const dir = into ?? mkdtempSync(join(tmpdir(), 'safer-city-data-'));
	const result = await runCli(['import', ...paths, '--data-dir', dir]);
	if (result.code !== 0) throw new Error(`import failed: ${result.stdout}${result.stderr}`);
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts the built app (`build/`) on a free port against a data folder. */
export async function startServer(opts: {
	dataDir: string;
}): Promise<{ url: string; stop: () => void }> {
	const port = await freePort();
	const child: ChildProcess = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			SAFER_CITY_DATA_DIR: opts.dataDir
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	child.kill();
	throw new Error(`The server did not answer on ${url}`);
}
