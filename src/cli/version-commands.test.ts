import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policeMonthFile } from '../../tests/support/police-month-file';
import { runCli } from '../../tests/support/server';

const root = mkdtempSync(join(tmpdir(), 'safer-city-version-commands-'));
const dir = join(root, 'data');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a police.uk month file into a folder of its own; returns its path. */
const write = (folder: string, month: string, counts: Record<string, number>) => {
	const file = policeMonthFile({ month, counts });
	mkdirSync(join(root, folder), { recursive: true });
	writeFileSync(join(root, folder, file.name), file.bytes);
	return join(root, folder, file.name);
};
const cli = (...args: string[]) => runCli([...args, '--data-dir', dir]);
/** June's and May's Burglary counts as `compare` prints them, optionally at a version. */
const burglary = async (...more: string[]) => {
	const out = await cli('compare', '--month', '2021-06', '--vs', '2021-05', '--json', ...more);
	const row = JSON.parse(out.stdout).rows.find(
		(r: { category: string }) => r.category === 'Burglary'
	);
	return [row.now, row.then];
};

beforeAll(async () => {
	const first = [write('a', '2021-05', { Burglary: 3 }), write('a', '2021-06', { Burglary: 212 })];
	expect((await cli('import', ...first, '--as', 'ana')).code).toBe(0);
	const revised = write('b', '2021-06', { Burglary: 215 });
	expect((await cli('import', revised, '--as', 'ops')).code).toBe(0);
}, 120_000);

describe('rollback, mark, compare --version and versions on the command line', () => {
	it('pins compare to a version, marks it, rolls back to it, and lists it all', async () => {
		expect(await burglary()).toEqual([215, 3]);
		expect(await burglary('--version', '1')).toEqual([212, 3]);
		const mark = await cli(
			'mark',
			'1',
			'--meeting',
			'Safer City Partnership',
			'--date',
			'2021-02-25'
		);
		expect(mark.stdout.trim()).toBe(
			'Version 1: as presented to Safer City Partnership, 2021-02-25.'
		);
		const back = await cli('rollback', '--to', '1', '--as', 'ana');
		expect(back.code).toBe(0);
		expect(back.stdout.trim().split('\n')).toEqual([
			'police-street, City of London Police, 2021-06: 215 → 212',
			'Dataset version 3: the figures of version 1.'
		]);
		expect(await burglary()).toEqual([212, 3]);
		expect(await burglary('--version', '2')).toEqual([215, 3]);
		const listed = (await cli('versions')).stdout.trim().split('\n');
		expect(listed.map((l) => l.replace(/ {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC {2}/, ' | '))).toEqual([
			'v3 | ana (command line)  rollback to v1 — months: 1 replaced',
			'v2 | ops (command line)  import of 1 file (2021-06-city-of-london-street.csv) — months: 1 replaced',
			'v1 | ana (command line)  import of 2 files — months: 2 new — presented to Safer City Partnership, 2021-02-25'
		]);
	}, 120_000);

	it.each([
		[
			['rollback', '--to', '9'],
			1,
			'There is no version 9: the versions run from 1 to 3 (0 is before the first).'
		],
		[['rollback'], 2, 'Say which version to roll back to: rollback --to N (see "versions").'],
		[['mark', '9', '--meeting', 'X', '--date', '2021-02-25'], 1, 'There is no version 9 to mark.'],
		[
			['mark', '1', '--meeting', 'X', '--date', '2021-02-30'],
			1,
			'"2021-02-30" is not a date written YYYY-MM-DD, e.g. 2021-02-25.'
		],
		[['compare', '--month', '2021-06', '--version', '7'], 2, '']
	])(
		'%j refuses with exit code %i',
		async (args, code, line) => {
			const out = await cli(...args);
			expect(out.code).toBe(code);
			if (line) expect(out.stdout.trim()).toBe(line);
			else expect(out.stderr).toContain('--version takes a dataset version from 0 to 3, got 7');
		},
		60_000
	);
});
