import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/support/server';
import { describeVersion } from './versions-command';

const root = mkdtempSync(join(tmpdir(), 'safer-city-versions-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const month = (m: string) => `data/sample/police/${m}-city-of-london-street.csv`;
const STAMP = '\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC';

describe('npm run cli -- versions', () => {
	it('lists one version per import that stored files, by --as or the OS user', async () => {
		const dir = join(root, 'data');
		expect((await runCli(['versions', '--data-dir', dir])).stdout).toMatch(/^No store at /);
		const first = await runCli([
			'import',
			month('2021-05'),
			month('2021-06'),
			'--as',
			'ana',
			'--data-dir',
			dir
		]);
		expect(first.stdout.trim().split('\n').at(-1)).toBe('Dataset version 1.');
		const dry = await runCli(['import', month('2021-07'), '--dry-run', '--data-dir', dir]);
		expect(dry.stdout).not.toContain('Dataset version');
		const again = await runCli(['import', month('2021-06'), '--data-dir', dir]);
		expect(again.stdout).not.toContain('Dataset version');
		const second = await runCli(['import', month('2021-07'), '--data-dir', dir]);
		expect(second.stdout).toContain('Dataset version 2.');
		const listed = await runCli(['versions', '--data-dir', dir]);
		expect(listed.code).toBe(0);
		expect(listed.stdout.trim().split('\n')).toEqual([
			expect.stringMatching(
				new RegExp(
					`^v2  ${STAMP}  ${userInfo().username} \\(command line\\)  import of 1 file \\(2021-07-city-of-london-street\\.csv\\) — months: 1 new$`
				)
			),
			expect.stringMatching(
				new RegExp(`^v1  ${STAMP}  ana \\(command line\\)  import of 2 files — months: 2 new$`)
			)
		]);
	}, 60_000);

	it.each([
		{
			counts: [0, 2, 1],
			files: ['a.csv', 'b.csv'],
			line: 'v7  2026-01-05 09:30 UTC  ana (web)  publish of 2 files — months: 2 replaced, 1 revised'
		},
		{
			counts: [0, 0, 0],
			files: [],
			line: 'v7  2026-01-05 09:30 UTC  ana (web)  publish of 0 files'
		}
	])('describes $counts', ({ counts, files, line }) => {
		const [months_new, months_replaced, months_revised] = counts as [number, number, number];
		const v = {
			version: 7,
			created_ms: Date.UTC(2026, 0, 5, 9, 30),
			created_by: 'ana',
			via: 'web',
			action: 'publish',
			months_new,
			months_replaced,
			months_revised,
			files
		};
		expect(describeVersion(v)).toBe(line);
	});
});
