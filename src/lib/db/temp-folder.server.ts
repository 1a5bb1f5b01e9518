import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRunning } from './is-running.server';

const PREFIX = 'safer-city-tmp-';
const NAME = /^safer-city-tmp-(\d+)-[\w]{6}$/;
const live = new Set<string>();
let hooked = false;

/**
 * Makes a folder named after this process, removed when the process exits however it ends (a
 * killed process's folders go with the next one's sweep); also sweeps such folders of dead processes.
 * @example const dir = createTempFolder({ parent: 'data/store' });
 */
export function createTempFolder(opts: { parent?: string } = {}): string {
	const parent = opts.parent ?? tmpdir();
	sweepTempFolders({ parent });
	const dir = mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
	if (!hooked) process.on('exit', removeAllSync);
	hooked = true;
	live.add(dir);
	return dir;
}

/** Removes a folder made by `createTempFolder`. @example await removeTempFolder(dir) */
export async function removeTempFolder(dir: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
	live.delete(dir);
}

/** Removes the temp folders left in `parent` by processes no longer running. @example sweepTempFolders({}) */
export function sweepTempFolders(opts: { parent?: string } = {}): void {
	const parent = opts.parent ?? tmpdir();
	let names: string[];
	try {
		names = readdirSync(parent);
	} catch {
		return;
	}
	for (const name of names) {
		const pid = Number(NAME.exec(name)?.[1]);
		if (pid && !isRunning(pid)) rmSync(join(parent, name), { recursive: true, force: true });
	}
}

function removeAllSync(): void {
	for (const dir of live) rmSync(dir, { recursive: true, force: true });
	live.clear();
}
