import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeControls } from '../lib/ingest/text/escape-controls';
import { importCommand } from './import-command';

const dir = mkdtempSync(join(tmpdir(), 'safer-city-import-'));
const inbox = join(dir, 'inbox');
mkdirSync(inbox);
const LEGACY = [
	'Month,Reported by,Falls within,Easting,Northing,Location,Crime type,Context',
	'2011-05,City of London Police,City of London Police,532500,181500,On or near X,Burglary,',
	'2011-05,City of London Police,City of London Police,,,No Location,Drugs,'
].join('\n');
const MEASURES =
	'period,area,measure,value,unit,target,direction\n2017/18,City of London,On time,80,percent,60,up\n';
const WARD =
	'MajorText,MinorText,WardName,WardCode,LookUp_BoroughName,202401\nTHEFT,SHOPLIFTING,Cathedrals,E05013809,Southwark,4\n';
writeFileSync(
	join(inbox, 'download.zip'),
	zipSync({
		'a/2011-05-city-of-london-street.csv': strToU8(LEGACY),
		'b/probation.csv': strToU8(MEASURES)
	})
);
writeFileSync(join(inbox, 'MPS Ward Level Crime.csv'), WARD);
writeFileSync(join(inbox, 'notes.txt'), 'not imported');
const escapes = join(dir, 'escapes');
mkdirSync(escapes);
writeFileSync(
	join(escapes, 'mps\u001b[2J.csv'),
	'MajorText,MinorText,BoroughName,202401,Note\u001b]0;x\u0007\nTHEFT,SHOPLIFTING,Bar\u009bnet,4,\n'
);

const run = async (opts: { paths?: string[]; dryRun?: boolean; format?: string }) => {
	const lines: string[] = [];
	const { code } = await importCommand({
		paths: opts.paths ?? [inbox],
		dataDir: join(dir, 'data'),
		dryRun: opts.dryRun ?? false,
		format: opts.format,
		log: (line) => lines.push(line)
	});
	return { code, lines };
};

describe('import command', () => {
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('checks every CSV and zip in a folder, printing the layout of each', async () => {
		const { code, lines } = await run({ dryRun: true });
		expect(code).toBe(0);
		expect(lines).toEqual([
			'MPS Ward Level Crime.csv: checked (dry run), 1 rows — months: 1 new [mopac-wide]',
			'download.zip/a/2011-05-city-of-london-street.csv: checked (dry run), 2 rows — months: 1 new [police-street-legacy]',
			'download.zip/b/probation.csv: checked (dry run), 1 rows — months: 12 new [measures-long]'
		]);
	});

	it('stores them, then finds them already up to date', async () => {
		expect((await run({})).lines.map((l) => l.split(':')[1])).toEqual([
			' stored, 1 rows — months',
			' stored, 2 rows — months',
			' stored, 1 rows — months'
		]);
		const again = await run({});
		expect(again.lines.every((l) => l.includes(': already up to date,'))).toBe(true);
	});

	it('reads files as the layout given with --format, and says why it was read so', async () => {
		const { code, lines } = await run({
			paths: [join(inbox, 'MPS Ward Level Crime.csv')],
			format: 'measures-wide',
			dryRun: true
		});
		expect(code).toBe(1);
		expect(lines[0]).toBe('MPS Ward Level Crime.csv: REJECTED, 0 rows [measures-wide]');
		expect(lines[1]).toBe(
			'  Read as partner measures (wide: area,measure,unit,target,direction then one column per period), as chosen; the columns look like MOPAC borough or ward table.'
		);
	});

	it('shows control characters from file names and contents escaped', async () => {
		const { lines } = await run({ paths: [escapes], dryRun: true });
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.filter((l) => l !== escapeControls({ text: l }))).toEqual([]);
		expect(lines[0]).toContain('mps\\x1b[2J.csv: checked (dry run), 1 rows');
		expect(lines.join('\n')).toContain("'Note\\x1b]0;x\\x07' is not part of this layout");
	});

	it('says which path it cannot read, and imports nothing', async () => {
		const { code, lines } = await run({ paths: [join(inbox, 'nope.csv'), inbox], dryRun: true });
		expect(code).toBe(2);
		expect(lines).toEqual([
			expect.stringContaining(
				`Cannot read '${join(inbox, 'nope.csv')}': there is no file or folder there`
			)
		]);
	});

	it.each([
		{
			args: { format: 'excel' },
			message: 'Unknown --format "excel": use one of police-street, police-street-legacy'
		},
		{
			args: { paths: [join(inbox, 'notes.txt')] },
			message: 'notes.txt: REJECTED, 0 rows [unknown]'
		}
	])('explains $message', async ({ args, message }) => {
		const { lines } = await run({ dryRun: true, ...args });
		expect(lines.join('\n')).toContain(message);
	});
});
