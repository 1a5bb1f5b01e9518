import { spawn, type ChildProcess } from 'node:child_process';

/** What a finished process printed, and its exit code (null when a signal ended it). */
export interface Finished {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

/**
 * Starts a TypeScript entry point (by default the CLI, `src/cli/main.ts`) in a process of its own
 * and returns it, what it has printed so far, and a promise of how it ended.
 * @example const { child, done } = spawnCli({ args: ['import', 'x.csv'], env: { SAFER_CITY_LOCK_WAIT: '0' } });
 */
export function spawnCli(opts: { args: string[]; env?: Record<string, string>; script?: string }): {
	child: ChildProcess;
	done: Promise<Finished>;
	stdout: () => string;
} {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', opts.script ?? 'src/cli/main.ts', ...opts.args],
		{ env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] }
	);
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', (d) => (stdout += d));
	child.stderr!.on('data', (d) => (stderr += d));
	const done = new Promise<Finished>((resolve) =>
		child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
	);
	return { child, done, stdout: () => stdout };
}

/** Polls until `check` holds, every 5 ms, up to `timeoutMs`. @example await until(() => existsSync(path)) */
export async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`Still waiting after ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}
