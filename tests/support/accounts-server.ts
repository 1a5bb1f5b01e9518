import { spawn } from 'node:child_process';
import { freePort } from './server';
import { spawnCli } from './spawn-cli';

/** Adds an account through the CLI, its password on standard input. @example await addAccount({ dataDir, name: 'ana', role: 'analyst', password }) */
export async function addAccount(opts: {
	dataDir: string;
	name: string;
	role: 'analyst' | 'viewer';
	password: string;
}): Promise<void> {
	const run = spawnCli({
		args: ['user', 'add', opts.name, '--role', opts.role, '--data-dir', opts.dataDir]
	});
	run.child.stdin!.end(`${opts.password}\n`);
	const done = await run.done;
	if (done.code !== 0) throw new Error(`user add failed: ${done.stdout}${done.stderr}`);
}

/**
 * Starts the built app (`build/`) on a free loopback port with ORIGIN set as `npm start` sets it
 * (or as a TLS proxy in front would, `https: true`), plus any other settings in `env`.
 * @example const server = await startAccountsServer({ dataDir, env: { SAFER_CITY_VIEW: 'signed-in' } });
 */
export async function startAccountsServer(opts: {
	dataDir: string;
	https?: boolean;
	env?: Record<string, string>;
}): Promise<{ url: string; origin: string; stop: () => void }> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const origin = `${opts.https ? 'https' : 'http'}://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			SAFER_CITY_DATA_DIR: opts.dataDir,
			...opts.env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(`${url}/sign-in`)).ok) return { url, origin, stop: () => child.kill() };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	child.kill();
	throw new Error(`The server did not answer on ${url}`);
}
