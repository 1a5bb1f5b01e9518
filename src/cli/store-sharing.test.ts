import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/support/server';
import { storePath } from '../lib/server/store-path';
import { spawnCli, until } from '../../tests/support/spawn-cli';

const POLICE = 'data/sample/police'; // 72 monthly files: about three seconds of writing
const root = mkdtempSync(join(tmpdir(), 'safer-city-sharing-'));
let folders = 0;
const dataDir = () => join(root, String(++folders));
const importInto = (dir: string, env: Record<string, string> = {}, paths = [POLICE]) =>
	spawnCli({ args: ['import', ...paths, '--data-dir', dir], env });

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('two imports at once', () => {
	it('the second waits for the first, and each month is stored once', async () => {
		const dir = dataDir();
		const [a, b] = [importInto(dir), importInto(dir)].map((p) => p.done);
		const runs = await Promise.all([a!, b!]);
		for (const run of runs) {
			expect(run.code, run.stderr).toBe(0);
			expect(run.stdout + run.stderr).not.toMatch(/IO Error|Could not set lock/);
		}
		const stored = runs.map((r) => r.stdout.match(/: stored,/g)?.length ?? 0).sort();
		const current = runs.map((r) => r.stdout.match(/already up to date/g)?.length ?? 0).sort();
		expect([stored, current]).toEqual([
			[0, 72],
			[0, 72]
		]);
		expect(runs.map((r) => r.stderr).sort()).toEqual([
			'',
			expect.stringMatching(/^Waiting for an import \(PID \d+\) to finish with the store …\n$/)
		]);
	}, 30_000);

	it('with no time to wait, the second refuses in one plain sentence naming the first', async () => {
		const dir = dataDir();
		const first = importInto(dir);
		// Its note goes down just before it opens the store, which it then holds for seconds.
		await until(() =>
			existsSync(join(dirname(storePath({ dataDir: dir })), `writer-${first.child.pid}.txt`))
		);
		await new Promise((resolve) => setTimeout(resolve, 300));
		const second = await importInto(dir, { SAFER_CITY_LOCK_WAIT: '0' }).done;
		expect(second.code).toBe(1);
		expect(second.stdout).toBe('');
		expect(second.stderr).toBe(
			`The store is busy: an import (PID ${first.child.pid}) is writing to it; try again when it has finished.\n`
		);
		expect((await first.done).code).toBe(0);
	}, 30_000);
});

describe('reading while an import writes', () => {
	it('four readers never fail, the imports succeed, and the readers then see the new months', async () => {
		const dir = dataDir();
		expect((await runCli(['import', 'data/sample/lfb', '--data-dir', dir])).code).toBe(0);
		const reader = spawnCli({
			script: 'tests/support/store-reader.ts',
			args: [],
			env: { SAFER_CITY_DATA_DIR: dir }
		});
		await until(() => reader.stdout().includes('ready'));
		const police = await importInto(dir).done;
		const probation = await importInto(dir, {}, ['data/sample/probation']).done;
		await new Promise((resolve) => setTimeout(resolve, 600)); // past the reader's retry pause
		reader.child.stdin!.end('stop\n');
		const summary = JSON.parse((await reader.done).stdout.split('\n')[1]!) as {
			ok: number;
			failed: number;
			errors: string[];
			policeMonths: number;
			overviewMonths: number;
		};
		expect([police.code, probation.code], police.stderr + probation.stderr).toEqual([0, 0]);
		expect(police.stdout.match(/: stored,/g)).toHaveLength(72);
		expect({ failed: summary.failed, errors: summary.errors }).toEqual({ failed: 0, errors: [] });
		expect(summary.ok).toBeGreaterThan(20);
		expect([summary.policeMonths, summary.overviewMonths]).toEqual([72, 72]);
		// Three imports of 146 files beside four busy readers: minutes on a loaded 2-core machine.
	}, 180_000);
});
