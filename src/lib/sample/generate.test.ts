import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRIME_TYPES } from './crime-types.ts';
import { SAMPLE_FROM, SAMPLE_TO, monthRange } from './months.ts';
import { CRLF_MONTHS, POLICE_HEADER } from './police.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const committed = join(root, 'data/sample');
const months = monthRange({ from: SAMPLE_FROM, to: SAMPLE_TO });

function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => statSync(join(dir, name)).isFile())
		.map((name) => relative(dir, join(dir, name)))
		.sort();
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const text = (path: string) => readFileSync(join(committed, path), 'utf8');
const rows = (path: string) =>
	Papa.parse<Record<string, string>>(text(path), { header: true, skipEmptyLines: true }).data;

const police = new Map(months.map((m) => [m, rows(`police/${m}-city-of-london-street.csv`)]));
const allPolice = [...police.values()].flat();
const countOf = (month: string, type?: string) =>
	(police.get(month) ?? []).filter((r) => !type || r['Crime type'] === type).length;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('generated sample is reproducible', () => {
	let fresh = '';
	beforeAll(() => {
		fresh = mkdtempSync(join(tmpdir(), 'sample-'));
		const cli = join(root, 'src/cli/generate-sample.ts');
		execFileSync(process.execPath, ['--import', 'tsx', cli, '--out', fresh], { cwd: root });
	});
	afterAll(() => rmSync(fresh, { recursive: true, force: true }));

	it('writes exactly the committed file list', () => {
		expect(listFiles(fresh)).toEqual(listFiles(committed));
	});

	it('writes every file byte-identical to the committed one', () => {
		const differing = listFiles(committed).filter(
			(path) => sha256(join(fresh, path)) !== sha256(join(committed, path))
		);
		expect(differing).toEqual([]);
	});
});

describe('committed sample looks like the real files', () => {
	const checks: [string, () => void][] = [
		['has 72 police files, 2016-04 to 2022-03', () => expect(police.size).toBe(72)],
		[
			'uses the exact police.uk header everywhere',
			() => {
				for (const m of months) {
					const firstLine = text(`police/${m}-city-of-london-street.csv`).split(/\r?\n/)[0];
					expect(firstLine).toBe(POLICE_HEADER.join(','));
				}
			}
		],
		[
			'has all 14 crime types',
			() => {
				const types = [...new Set(allPolice.map((r) => r['Crime type']))].sort();
				expect(types).toEqual(CRIME_TYPES.map((p) => p.type).sort());
				expect(types).toHaveLength(14);
			}
		],
		[
			'leaves Crime ID and outcome empty on ASB rows only',
			() => {
				const wrong = allPolice.filter((r) => {
					const asb = r['Crime type'] === 'Anti-social behaviour';
					const idOk = asb ? r['Crime ID'] === '' : /^[0-9a-f]{64}$/.test(r['Crime ID'] ?? '');
					return !idOk || (r['Last outcome category'] === '') !== asb;
				});
				expect(wrong).toEqual([]);
			}
		],
		[
			'dips in the spring 2020 lockdown, theft most',
			() => {
				for (const m of ['04', '05', '06']) {
					expect(countOf(`2020-${m}`)).toBeLessThan(0.7 * countOf(`2019-${m}`));
					expect(countOf(`2020-${m}`, 'Other theft')).toBeLessThan(
						0.4 * countOf(`2019-${m}`, 'Other theft')
					);
				}
			}
		],
		[
			'steps ASB up at least 1.6x from 2019-04',
			() => {
				const asb = (ms: string[]) => mean(ms.map((m) => countOf(m, 'Anti-social behaviour')));
				const before = asb(months.filter((m) => m < '2019-04'));
				expect(asb(months.filter((m) => m >= '2019-04'))).toBeGreaterThanOrEqual(1.6 * before);
			}
		],
		[
			'keeps robbery and weapons to 0–6 a month, with some empty months',
			() => {
				for (const type of ['Robbery', 'Possession of weapons']) {
					const counts = months.map((m) => countOf(m, type));
					expect(Math.max(...counts)).toBeLessThanOrEqual(6);
					expect(counts).toContain(0);
				}
			}
		],
		[
			'writes CRLF only in the chosen months',
			() => {
				const crlf = months.filter((m) =>
					text(`police/${m}-city-of-london-street.csv`).includes('\r\n')
				);
				expect(crlf).toEqual(CRLF_MONTHS);
			}
		],
		[
			'blanks coordinates and LSOA on No Location rows',
			() => {
				const none = allPolice.filter((r) => r['Location'] === 'No Location');
				expect(none.length).toBeGreaterThan(0);
				const filled = none.filter((r) => `${r['Longitude']}${r['Latitude']}${r['LSOA code']}`);
				expect(filled).toEqual([]);
			}
		],
		[
			'puts about 5% of located rows in neighbouring boroughs',
			() => {
				const located = allPolice.filter((r) => r['LSOA name'] !== '');
				const share =
					located.filter((r) => !r['LSOA name']?.startsWith('City of London')).length /
					located.length;
				expect(share).toBeGreaterThan(0.03);
				expect(share).toBeLessThan(0.07);
			}
		],
		[
			'has City-only LFB incidents, mostly false alarms',
			() => {
				const lfb = rows('lfb/lfb-incidents-city-of-london.csv');
				expect(new Set(lfb.map((r) => r['IncGeo_BoroughCode']))).toEqual(new Set(['E09000001']));
				const falseAlarms = lfb.filter((r) => r['IncidentGroup'] === 'False Alarm').length;
				expect(falseAlarms / lfb.length).toBeGreaterThan(0.6);
			}
		],
		[
			'has one probation row per month and measure',
			() => expect(rows('probation/probation-measures.csv')).toHaveLength(72 * 3)
		],
		[
			'stays under 12 MB',
			() => {
				const bytes = listFiles(committed).reduce(
					(n, p) => n + statSync(join(committed, p)).size,
					0
				);
				expect(bytes).toBeLessThan(12 * 1024 * 1024);
			}
		]
	];
	it.each(checks)('%s', (_name, check) => check());
});
