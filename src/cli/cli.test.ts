import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	HAVE_STREET_FIXTURES,
	STREET_2020,
	STREET_2021,
	fixtureTitle,
	monthlyStreetFiles,
	plainCounts,
	plainSum
} from '../../tests/support/fixtures';
import { runCli } from '../../tests/support/server';

type Row = { category: string; now: number; then: number; change: number; pct: number | null };

describe.skipIf(!HAVE_STREET_FIXTURES)(fixtureTitle('CLI on the 2020–2021 fixtures'), () => {
	const dir = mkdtempSync(join(tmpdir(), 'safer-city-cli-'));
	beforeAll(async () => {
		const out = await runCli(['import', STREET_2020, STREET_2021, '--data-dir', dir]);
		expect(out.code, out.stdout + out.stderr).toBe(0);
		expect(out.stdout).toContain(
			'2021-06-city-of-london-street.csv: stored, 570 rows — months: 1 new'
		);
	}, 120_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('compare --month 2021-06 --json gives June 2021 and June 2020 as plain counts of the files', async () => {
		const out = await runCli(['compare', '--month', '2021-06', '--json', '--data-dir', dir]);
		expect(out.code, out.stderr).toBe(0);
		const result = JSON.parse(out.stdout) as {
			periodLabel: string;
			baseLabel: string;
			rows: Row[];
		};
		expect([result.periodLabel, result.baseLabel]).toEqual(['June 2021', 'June 2020']);
		const counts = plainCounts(monthlyStreetFiles());
		for (const row of result.rows) {
			const type = row.category === 'All crime' ? null : row.category;
			expect([row.category, row.now, row.then]).toEqual([
				row.category,
				plainSum({ counts, months: ['2021-06'], type }),
				plainSum({ counts, months: ['2020-06'], type })
			]);
			expect(row.change).toBe(row.now - row.then);
		}
		expect(result.rows).toHaveLength(15);
	});

	it('loading the same files again changes nothing', async () => {
		const before = await runCli([
			'compare',
			'--period',
			'FYTD2021-12',
			'--json',
			'--data-dir',
			dir
		]);
		const again = await runCli(['import', STREET_2020, STREET_2021, '--data-dir', dir]);
		expect(again.code).toBe(0);
		expect(again.stdout).not.toContain('stored');
		expect(again.stdout.match(/already up to date/g)).toHaveLength(25);
		const after = await runCli(['compare', '--period', 'FYTD2021-12', '--json', '--data-dir', dir]);
		expect(after.stdout).toBe(before.stdout);
	});

	it.each([
		{ args: ['compare'], message: 'Say which period' },
		{ args: ['compare', '--month', 'FY2020-21'], message: '--month takes a month written YYYY-MM' },
		{ args: ['compare', '--period', '2021-13'], message: '2021-13' },
		{ args: ['frobnicate'], message: 'Unknown command "frobnicate"' }
	])('explains a wrong command: $args', async ({ args, message }) => {
		const out = await runCli([...args, '--data-dir', dir]);
		expect(out.code).toBe(2);
		expect(out.stderr).toContain(message);
	});
});
