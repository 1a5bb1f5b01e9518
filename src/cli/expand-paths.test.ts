import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPaths } from './expand-paths';

const dir = mkdtempSync(join(tmpdir(), 'safer-city-paths-'));
mkdirSync(join(dir, 'inbox'));
for (const name of ['b.csv', 'a.ZIP', 'notes.txt']) writeFileSync(join(dir, 'inbox', name), 'x');
writeFileSync(join(dir, 'one.csv'), 'x');

describe('expandPaths', () => {
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it.each<[string, string[], string[], string[]]>([
		['a folder: its CSV and zip files', ['inbox'], ['inbox/a.ZIP', 'inbox/b.csv'], []],
		['a file', ['one.csv'], ['one.csv'], []],
		[
			'a missing path',
			['nope.csv', 'one.csv'],
			['one.csv'],
			["Cannot read '{dir}/nope.csv': there is no file or folder there; check the path"]
		],
		[
			'a file taken for a folder',
			['one.csv/x.csv'],
			[],
			["Cannot read '{dir}/one.csv/x.csv': a part of the path is a file, not a folder"]
		]
	])('%s', async (_, paths, files, problems) => {
		const found = await expandPaths({ paths: paths.map((p) => join(dir, p)) });
		expect(found.files).toEqual(files.map((f) => join(dir, f)));
		expect(found.problems).toHaveLength(problems.length);
		problems.forEach((p, i) => expect(found.problems[i]).toContain(p.replace('{dir}', dir)));
	});
});
