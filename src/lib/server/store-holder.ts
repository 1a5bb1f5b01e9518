import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { storePath } from './store-path';
import { isRunning } from '../db/is-running.server';

const NOTE = /^writer-(\d+)\.txt$/;
const noteOf = (opts: { dataDir: string; pid: number }) =>
	join(dirname(storePath(opts)), `writer-${opts.pid}.txt`);

/**
 * Notes beside the store what this process is about to do with it, before it asks DuckDB for the
 * file, so that a process kept waiting by it can say what it waits for; returns a function that
 * removes the note. Notes of processes no longer running are removed on the way.
 * @example const done = noteStoreHolder({ dataDir: 'data', what: 'an import' });
 */
export function noteStoreHolder(opts: { dataDir: string; what: string }): () => void {
	const folder = dirname(storePath(opts));
	for (const name of readdirSync(folder)) {
		const pid = Number(NOTE.exec(name)?.[1]);
		if (pid && !isRunning(pid)) rmSync(join(folder, name), { force: true });
	}
	const note = noteOf({ dataDir: opts.dataDir, pid: process.pid });
	writeFileSync(note, opts.what);
	return () => rmSync(note, { force: true });
}

/**
 * What the process holding the store said it was doing, if it left a note.
 * @example findStoreHolder({ dataDir: 'data', pid: 4242 }) // 'an import'
 */
export function findStoreHolder(opts: { dataDir: string; pid: number | null }): string | null {
	if (!opts.pid) return null;
	try {
		return readFileSync(noteOf({ dataDir: opts.dataDir, pid: opts.pid }), 'utf8') || null;
	} catch {
		return null;
	}
}
