import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POLICE_STREET_HEADER } from '../lib/ingest/police/police-layout';
import { spawnCli, until } from '../../tests/support/spawn-cli';

const root = mkdtempSync(join(tmpdir(), 'safer-city-temps-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A CLI run whose temp folders land in a folder of its own, to be watched. */
function cli(args: string[], tmp: string) {
	return spawnCli({ args: [...args, '--data-dir', join(tmp, 'data')], env: { TMPDIR: tmp } });
}
const ours = (tmp: string) => readdirSync(tmp).filter((n) => n.startsWith('safer-city'));

describe('temp folders of the CLI', () => {
	it('are gone after a rejected import', async () => {
		const tmp = mkdtempSync(join(root, 'rejected-'));
		const bad = join(tmp, '2021-06-city-of-london-street.csv');
		const row = ['', '06/2021', 'City of London Police', 'City of London Police'];
		const line = [...row, '', '', 'On or near X', '', '', 'Burglary', '', ''].join(',');
		writeFileSync(bad, `${POLICE_STREET_HEADER.join(',')}\n${line}\n`);
		const run = await cli(['import', bad], tmp).done;
		expect(run.code, run.stdout + run.stderr).toBe(1);
		expect(run.stdout).toContain("'06/2021'"); // found by DuckDB in a temp copy
		expect(ours(tmp)).toEqual([]);
	});

	it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)(
		'are gone after an import stopped by %s',
		async (signal) => {
			const tmp = mkdtempSync(join(root, `${signal}-`));
			const run = cli(['import', 'data/sample/police'], tmp);
			await until(() => ours(tmp).length > 0);
			run.child.kill(signal);
			expect((await run.done).code).toBe({ SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }[signal]);
			expect(ours(tmp)).toEqual([]);
		}
	);

	it('left by a killed import, are gone after the next command', async () => {
		const tmp = mkdtempSync(join(root, 'killed-'));
		const run = cli(['import', 'data/sample/police'], tmp);
		await until(() => ours(tmp).length > 0);
		run.child.kill('SIGKILL');
		await run.done;
		expect(ours(tmp)).toHaveLength(1);
		const next = await cli(['config', 'list'], tmp).done;
		expect(next.code, next.stderr).toBe(0);
		expect(ours(tmp)).toEqual([]);
	});
});
