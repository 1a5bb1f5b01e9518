import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishRequest } from './publish-request';

const dataDir = mkdtempSync(join(tmpdir(), 'publish-request-'));
const SHA = 'c'.repeat(64);
mkdirSync(join(dataDir, 'uploads'));
writeFileSync(join(dataDir, 'uploads', SHA), 'x');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const file = (more: Record<string, unknown> = {}) => ({ sha256: SHA, name: 'june.csv', ...more });

describe('publishRequest', () => {
	it('names each kept file with the choices made for it', () => {
		const mapping = {
			name: 'victims',
			date: 'Date',
			categories: ['Type'],
			value: 'count-rows',
			area: { fixed: 'City of London' }
		};
		expect(
			publishRequest({
				dataDir,
				body: {
					dryRun: true,
					files: [
						file({ format: 'lfb-incidents' }),
						file({ mapping, measureDefaults: { unit: 'percent', direction: 'up' } })
					]
				}
			})
		).toEqual({
			dryRun: true,
			files: [
				{
					sha256: SHA,
					name: 'june.csv',
					path: join(dataDir, 'uploads', SHA),
					format: 'lfb-incidents'
				},
				{
					sha256: SHA,
					name: 'june.csv',
					path: join(dataDir, 'uploads', SHA),
					mapping,
					measureDefaults: { unit: 'percent', direction: 'up' }
				}
			]
		});
	});

	it.each([
		['no body', null, 'Name the files to publish'],
		['no files', { files: [] }, 'Name the files to publish'],
		['a dryRun that is not true or false', { dryRun: 'yes', files: [file()] }, '"dryRun" is true'],
		[
			'a name missing',
			{ files: [file({ name: '' })] },
			'File 1 needs a "name" of 1 to 255 characters'
		],
		[
			'a path for a hash',
			{ files: [file({ sha256: '../store' })] },
			'File 1 (june.csv) needs its "sha256"'
		],
		[
			'a file never uploaded',
			{ files: [file({ sha256: 'd'.repeat(64) })] },
			'was never uploaded to this server'
		],
		[
			'an unknown layout',
			{ files: [file({ format: 'excel' })] },
			'has an unknown "format"; use one of'
		],
		[
			'a mapping without its parts',
			{ files: [file({ mapping: { name: 'x' } })] },
			'has a "mapping" without'
		],
		[
			'a unit we do not know',
			{ files: [file({ measureDefaults: { unit: 'kg' } })] },
			'has "measureDefaults" other than'
		],
		[
			'too many files',
			{ files: Array.from({ length: 201 }, () => file()) },
			'Publish at most 200 files at once; this request names 201.'
		]
	])('refuses %s with 400 and a sentence', (_, body, text) => {
		expect(() => publishRequest({ dataDir, body })).toThrow(text);
		try {
			publishRequest({ dataDir, body });
		} catch (e) {
			expect((e as { status: number }).status).toBe(400);
		}
	});
});
