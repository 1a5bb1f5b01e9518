/**
 * DuckDB would not open a file because another process holds it (one process may write, or many
 * read); `pid` is that process, when DuckDB named it.
 * @example throw new StoreBusyError({ path: 'data/store/safer-city.duckdb', pid: 4242 });
 */
export class StoreBusyError extends Error {
	readonly path: string;
	readonly pid: number | null;
	constructor(opts: { path: string; pid: number | null }) {
		super(`${opts.path} is held by another process${opts.pid ? ` (PID ${opts.pid})` : ''}`);
		this.name = 'StoreBusyError';
		this.path = opts.path;
		this.pid = opts.pid;
	}
}

/**
 * The process named by DuckDB's "Could not set lock" error (pid null when it names none), or null
 * for any other error.
 * @example lockHolder(new Error('IO Error: Could not set lock on file "x": Conflicting lock is held in /usr/bin/node (PID 42)')) // { pid: 42 }
 */
export function lockHolder(error: unknown): { pid: number | null } | null {
	const message = error instanceof Error ? error.message : String(error);
	if (!/Could not set lock on file/i.test(message)) return null;
	const pid = /\(PID (\d+)\)/.exec(message)?.[1];
	return { pid: pid ? Number(pid) : null };
}
