import { constants, existsSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createNodeConnector } from '../db/node-connector.server';
import { openWhenFree } from '../db/open-when-free.server';
import { closeSharedReader } from '../db/shared-reader.server';
import { StoreBusyError } from '../db/store-busy-error';
import { createTempFolder, removeTempFolder } from '../db/temp-folder.server';

/** A private copy of the store as it was when no one was writing it; path null: no store yet. */
interface Snapshot {
	path: string | null;
	folder: string | null;
	signature: string;
	users: number;
	retired: boolean;
}

interface State {
	current?: Snapshot;
	refreshing?: Promise<void>;
	triedAt: number;
}

const RETRY_MS = 250;
const states = new Map<string, State>();
/** While this server writes the store itself (a publish), no copy is made: see pauseStoreCopies. */
let pauses = 0;
let resumed: Promise<void> = Promise.resolve();
let resume = () => {};

/**
 * Stops copying the store while this server writes it, waiting for a copy under way: DuckDB's
 * lock does not keep a process's own read-only open out, and closing that open would drop the
 * process's write lock. Readers go on with the copy they have. Returns the function that resumes,
 * after which the next read copies the store afresh.
 * @example const resume = await pauseStoreCopies(); try { await write(); } finally { resume(); }
 */
export async function pauseStoreCopies(): Promise<() => void> {
	if (!pauses++) resumed = new Promise((done) => (resume = done));
	await Promise.all([...states.values()].map((s) => s.refreshing));
	let once = false;
	return () => {
		if (once) return;
		once = true;
		if (--pauses) return;
		for (const state of states.values()) state.triedAt = 0;
		resume();
	};
}

/**
 * The copy of the store to read from, refreshed when the store file has changed and no writer
 * holds it: while an import runs, readers go on getting the figures from before it, and never
 * hold the file a writer is waiting for. Call `release` when done reading.
 * @example const { path, release } = await readSnapshot({ path: 'data/store/safer-city.duckdb', waitMs: 10_000 });
 */
export async function readSnapshot(opts: {
	path: string;
	/** How long to wait for a writer when there is no earlier copy to serve. */
	waitMs: number;
}): Promise<{ path: string | null; release: () => void }> {
	const state = states.get(opts.path) ?? { triedAt: 0 };
	states.set(opts.path, state);
	while (pauses && !state.current) await resumed;
	if (!pauses && state.current?.signature !== signature(opts.path)) await refresh(state, opts);
	const snapshot = state.current!;
	snapshot.users++;
	return {
		path: snapshot.path,
		release: () => {
			snapshot.users--;
			if (snapshot.retired && !snapshot.users) void discard(snapshot);
		}
	};
}

function refresh(state: State, opts: { path: string; waitMs: number }): Promise<void> {
	if (state.current && Date.now() - state.triedAt < RETRY_MS) return Promise.resolve();
	state.refreshing ??= copyStore(state, opts).finally(() => {
		state.refreshing = undefined;
		state.triedAt = Date.now();
	});
	return state.refreshing;
}

async function copyStore(state: State, opts: { path: string; waitMs: number }): Promise<void> {
	if (!existsSync(opts.path)) return swap(state, { path: null, folder: null, signature: 'none' });
	let source;
	try {
		// A read-only open holds DuckDB's shared lock: no writer can change the file while it is copied.
		source = await openWhenFree({
			path: opts.path,
			readOnly: true,
			waitMs: state.current ? 0 : opts.waitMs
		});
	} catch (error) {
		if (state.current && error instanceof StoreBusyError) return;
		throw error;
	}
	const folder = createTempFolder({ parent: dirname(opts.path) });
	try {
		const copy = join(folder, basename(opts.path));
		const sign = signature(opts.path);
		await copyFile(opts.path, copy, constants.COPYFILE_FICLONE);
		if (existsSync(`${opts.path}.wal`)) {
			await copyFile(`${opts.path}.wal`, `${copy}.wal`, constants.COPYFILE_FICLONE);
			await checkpoint(copy);
		}
		swap(state, { path: copy, folder, signature: sign });
	} catch (error) {
		await removeTempFolder(folder);
		throw error;
	} finally {
		await source.close();
	}
}

/** Folds a writer's leftover log into the private copy once, not on every read. */
async function checkpoint(path: string): Promise<void> {
	const db = createNodeConnector({ path });
	await db.query({ sql: 'CHECKPOINT' });
	await db.close();
}

function swap(state: State, next: Pick<Snapshot, 'path' | 'folder' | 'signature'>): void {
	const old = state.current;
	state.current = { ...next, users: 0, retired: false };
	if (!old) return;
	old.retired = true;
	if (!old.users) void discard(old);
}

async function discard(snapshot: Snapshot): Promise<void> {
	if (snapshot.path) await closeSharedReader({ path: snapshot.path });
	if (snapshot.folder) await removeTempFolder(snapshot.folder);
}

/** Changes whenever the store file or its log is written or replaced. */
function signature(path: string): string {
	return [path, `${path}.wal`]
		.map((p) => {
			const s = statSync(p, { throwIfNoEntry: false });
			return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : '-';
		})
		.join('|')
		.replace(/^-\|-$/, 'none');
}
