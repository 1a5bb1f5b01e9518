import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/support/server';
import { configCommand } from './config-command';
import { groupsCommand } from './groups-command';

const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-config-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function run(
	command: typeof groupsCommand | typeof configCommand,
	opts: Record<string, unknown>
): Promise<{ code: number; out: string[] }> {
	const out: string[] = [];
	const code = await command({ dataDir, log: (l: string) => out.push(l), ...opts } as never);
	return { code, out };
}

describe('groups and config commands', () => {
	beforeAll(async () => {
		const imported = await runCli([
			'import',
			'data/sample/police/2021-06-city-of-london-street.csv',
			'data/sample/police/2020-12-city-of-london-street.csv',
			'--data-dir',
			dataDir
		]);
		expect(imported.code, imported.stdout + imported.stderr).toBe(0);
	}, 60_000);

	it('a new store starts with the default groups', async () => {
		expect((await run(groupsCommand, { args: ['list'] })).out).toEqual([
			'police-street: acquisitive crime = Bicycle theft, Burglary, Other theft, Robbery, Shoplifting, Theft from the person, Vehicle crime',
			'police-street: violence = Possession of weapons, Robbery, Violence and sexual offences'
		]);
	});

	it('sets a group in the store’s own spelling, warns of unknown categories, and removes it', async () => {
		const set = await run(groupsCommand, {
			args: ['set', 'street crime', 'robbery', 'DRUGS', 'Fraud']
		});
		expect(set).toEqual({
			code: 0,
			out: [
				'Note: no police-street data has the category "Fraud" yet; check the spelling.',
				'Group "street crime" of police-street = Robbery, Drugs, Fraud.'
			]
		});
		expect((await run(groupsCommand, { args: ['list'] })).out).toContain(
			'police-street: street crime = Drugs, Fraud, Robbery'
		);
		expect((await run(groupsCommand, { args: ['remove', 'street crime'] })).code).toBe(0);
		expect((await run(groupsCommand, { args: ['list'] })).out).toHaveLength(2);
	});

	it.each([[[]], [['set', 'x']], [['remove']], [['rename', 'x']]])('explains %j', async (args) => {
		const { code, out } = await run(groupsCommand, { args });
		expect(code).toBe(2);
		expect(out.join(' ')).toMatch(/groups list \| groups set|Name the categories/);
	});

	it('config load replaces the configuration from a folder, or keeps it when a file is wrong', async () => {
		const dir = join(dataDir, 'my-config');
		mkdirSync(dir);
		writeFileSync(
			join(dir, 'breaks.csv'),
			'source,category,month,note\npolice-street,,2021-13,x\n'
		);
		const bad = await run(configCommand, { action: 'load', configDir: dir });
		expect(bad.code).toBe(1);
		expect(bad.out[1]).toContain("breaks.csv': month '2021-13' must be");
		writeFileSync(
			join(dir, 'breaks.csv'),
			'source,category,month,note\npolice-street,,2021-01,New system\n'
		);
		const good = await run(configCommand, { action: 'load', configDir: dir });
		expect(good).toEqual({ code: 0, out: [`Loaded from ${dir}: 1 breaks (breaks.csv).`] });
		const list = (await run(configCommand, { action: 'list' })).out;
		expect(list).toContain('  police-street, all categories, from 2021-01: New system');
		expect(list).toContain('  City of London Police, 2021, workday population: 513,000');
		expect(list.filter((l) => l.includes('acquisitive crime'))).toHaveLength(1);
	});

	it('compare on the command line takes --group, --rate and --small-numbers, and prints sentences', async () => {
		const text = await runCli([
			'compare',
			'--period',
			'2021-06',
			'--vs',
			'previous',
			'--group',
			'violence',
			'--rate',
			'workday population',
			'--small-numbers',
			'5',
			'--data-dir',
			dataDir
		]);
		expect(text.code, text.stderr).toBe(0);
		expect(text.stdout).toContain('No month of June 2021 can be compared with May 2021');
		const json = await runCli([
			'compare',
			'--period',
			'2021-06',
			'--vs',
			'2020-12',
			'--group',
			'all',
			'--json',
			'--rate',
			'residents',
			'--data-dir',
			dataDir
		]);
		expect(json.code, json.stderr).toBe(0);
		const result = JSON.parse(json.stdout);
		expect(result.rows.map((r: { category: string }) => r.category)).toEqual([
			'group:acquisitive crime',
			'group:violence'
		]);
		expect(result.rows[0]).toMatchObject({
			kind: 'group',
			comparable: false,
			note: 'New system in January 2021'
		});
		expect(result.rows[0].narrative).toContain('December 2020; this is');
		expect(result.rate.label).toBe('per 1,000 residents (2021)');
		const wrong = await runCli([
			'compare',
			'--period',
			'2021-06',
			'--vs',
			'2020-12',
			'--group',
			'fraud',
			'--data-dir',
			dataDir
		]);
		expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining('No group "fraud"')]);
	}, 60_000);
});
