import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempFolder, removeTempFolder, sweepTempFolders } from './temp-folder.server';

const parent = mkdtempSync(join(tmpdir(), 'safer-city-sweep-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** The id of a process that has run and ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('temp folders', () => {
	it('are named after their process and removed on request', async () => {
		const dir = createTempFolder({ parent });
		expect(basename(dir)).toMatch(new RegExp(`^safer-city-tmp-${process.pid}-\\w{6}$`));
		await removeTempFolder(dir);
		expect(existsSync(dir)).toBe(false);
	});

	it.each([
		{ name: () => `safer-city-tmp-${deadPid()}-abc123`, kept: false },
		{ name: () => `safer-city-tmp-${process.pid}-abc123`, kept: true },
		{ name: () => 'safer-city-tmp-cli-abc123', kept: true },
		{ name: () => `safer-city-data-${deadPid()}`, kept: true }
	])(
		'a sweep keeps only folders of running processes and others’ folders: %#',
		({ name, kept }) => {
			const dir = join(parent, name());
			mkdirSync(dir);
			sweepTempFolders({ parent });
			expect(existsSync(dir)).toBe(kept);
		}
	);
});
