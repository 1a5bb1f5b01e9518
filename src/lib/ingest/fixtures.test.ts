import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFile, type ParsedFile, type ParsedRows } from './parse-file';

// The shared analyst fixtures live beside the repo and are never copied into it.
const ROOT = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url));
const TODAY = '2025-06-30';
const load = (path: string): ParsedFile => {
	const [parsed] = parseFile({
		fileName: path.split('/').pop() ?? path,
		bytes: new Uint8Array(readFileSync(ROOT + path)),
		today: TODAY
	});
	if (!parsed) throw new Error(`nothing parsed from ${path}`);
	return parsed;
};
const plainLines = (path: string): string[][] =>
	readFileSync(ROOT + path, 'utf8')
		.split(/\r?\n/)
		.slice(1)
		.filter((l) => l !== '')
		.map((l) => l.split(','));
type RowsOf<K> = Extract<ParsedRows, { kind: K }> extends { rows: infer R } ? R : never;
const rowsOf = <K extends ParsedRows['kind']>(parsed: ParsedFile, kind: K): RowsOf<K> => {
	if (parsed.data.kind !== kind || !('rows' in parsed.data)) throw new Error(`expected ${kind}`);
	return parsed.data.rows as RowsOf<K>;
};

describe.skipIf(!existsSync(ROOT))(`real fixtures in ${ROOT} (skipped when absent)`, () => {
	describe.each([
		[
			'mopac-borough-wide/MPS Borough Level Crime (Historical).csv',
			'Westminster',
			'THEFT',
			'SHOPLIFTING',
			'2010-04-01',
			'2023-02-01'
		],
		[
			'mopac-borough-wide/MPS Borough Level Crime (most recent 24 months).csv',
			'London Heathrow and London City Airports',
			'THEFT',
			'OTHER THEFT',
			'2023-03-01',
			'2025-02-01'
		]
	])('%s', (path, borough, major, minor, first, last) => {
		let parsed: ParsedFile;
		let rows: RowsOf<'mopac-wide'>;
		let lines: string[][];
		beforeAll(() => {
			parsed = load(path);
			rows = rowsOf(parsed, 'mopac-wide');
			// MOPAC files hold no quotes, so a plain split is an independent reading.
			lines = plainLines(path);
		});

		it('loads every cell without issues', () => {
			expect(parsed.detection?.kind).toBe('mopac-wide');
			expect(parsed.issues).toEqual([]);
			expect(rows.length).toBe(lines.reduce((n, cells) => n + cells.length - 3, 0));
			const months = rows.map((r) => r.month).sort();
			expect([months[0], months.at(-1)]).toEqual([first, last]);
		});

		it(`totals ${borough} / ${major} / ${minor} like a plain count`, () => {
			const expected = lines
				.filter(([a, b, c]) => a === major && b === minor && c === borough)
				.flatMap((cells) => cells.slice(3).map(Number))
				.reduce((a, b) => a + b, 0);
			const total = rows
				.filter((r) => r.area === borough && r.category === `${major} / ${minor}`)
				.reduce((a, r) => a + r.count, 0);
			expect(expected).toBeGreaterThan(0);
			expect(total).toBe(expected);
		});

		it(`totals all of ${borough} like a plain count`, () => {
			const expected = lines
				.filter((cells) => cells[2] === borough)
				.flatMap((cells) => cells.slice(3).map(Number))
				.reduce((a, b) => a + b, 0);
			expect(rows.filter((r) => r.borough === borough).reduce((a, r) => a + r.count, 0)).toBe(
				expected
			);
		});
	});

	describe('LFB 2023 sample', () => {
		const path = 'lfb-incidents/lfb-incidents-2023-sample.csv';
		let parsed: ParsedFile;
		let rows: RowsOf<'lfb-incidents'>;
		let lines: string[][];
		beforeAll(() => {
			parsed = load(path);
			rows = rowsOf(parsed, 'lfb-incidents');
			// Quoted ward names come after IncidentGroup and the borough, so splitting is safe up to there.
			lines = plainLines(path);
		});

		it('loads every incident without issues', () => {
			expect(parsed.issues).toEqual([]);
			expect(rows).toHaveLength(lines.length);
		});

		it.each(['Fire', 'Special Service', 'False Alarm'])('counts %s like a plain count', (group) => {
			const expected = lines.filter((cells) => cells[5] === group).length;
			expect(expected).toBeGreaterThan(0);
			expect(rows.filter((r) => r.incidentGroup === group)).toHaveLength(expected);
		});

		it('writes CITY OF LONDON as City of London', () => {
			const expected = lines.filter((cells) => cells[16] === 'CITY OF LONDON').length;
			expect(rows.filter((r) => r.borough === 'City of London')).toHaveLength(expected);
			expect(new Set(rows.map((r) => r.borough))).toContain('Kingston upon Thames');
		});

		it('reads coordinates and the quoted ward names', () => {
			const row = rows.find((r) => r.incidentNumber === '038967-19032023');
			expect(row).toMatchObject({
				date: '2023-03-19',
				easting: 521277,
				northing: 193865,
				ward: 'Edgwarebury'
			});
			expect(rows.find((r) => r.incidentNumber === '200181-21122023')?.ward).toBe(
				'Ham, Petersham & Richmond Riverside'
			);
		});
	});

	it('reads the 2009 LFB file with 01 Jan 2009 dates', () => {
		const parsed = load('lfb-incidents/LFB Incident data (2009 first rows).csv');
		const rows = rowsOf(parsed, 'lfb-incidents');
		expect(parsed.issues).toEqual([]);
		expect(rows).toHaveLength(20);
		expect(new Set(rows.map((r) => r.date))).toEqual(new Set(['2009-01-01']));
		expect(rows[0]).toMatchObject({
			incidentNumber: '235138081',
			incidentGroup: 'Special Service',
			borough: 'Wandsworth',
			easting: 528652
		});
	});

	it('detects the ONS lookup despite its BOM', () => {
		const parsed = load(
			'ons-lookups/Local_Authority_District_to_Community_Safety_Partnerships_to_Police_Force_Areas__January_2017__Lookup_in_England_and_Wales_Version_2.csv'
		);
		expect(parsed.encoding).toBe('utf-8-bom');
		expect(parsed.detection).toMatchObject({ kind: 'ons-lookup', confidence: 1 });
		expect(parsed.issues).toEqual([]);
	});

	it('reads the outcomes file', () => {
		const path = 'policeuk-outcomes-city-of-london/2024-02-city-of-london-outcomes.csv';
		const parsed = load(path);
		const rows = rowsOf(parsed, 'police-outcomes');
		const lines = plainLines(path);
		expect(parsed).toMatchObject({ encoding: 'utf-8', lineEnding: 'crlf', issues: [] });
		expect(rows).toHaveLength(lines.length);
		expect(rows.filter((r) => r.location === null)).toHaveLength(
			lines.filter((c) => c[6] === 'No location').length
		);
		expect(new Set(rows.map((r) => r.month))).toEqual(new Set(['2024-02-01']));
		expect(rows[0]).toMatchObject({
			outcomeType: 'Suspect charged',
			lsoaCode: 'E01032739',
			longitude: -0.081902
		});
	});

	it.each(['policeuk-street-city-of-london-2020', 'policeuk-street-city-of-london-2021'])(
		'detects every street file in %s with a clean header',
		(dir) => {
			for (const file of readdirSync(ROOT + dir)) {
				const parsed = load(`${dir}/${file}`);
				expect(parsed.detection, file).toMatchObject({ kind: 'police-street', confidence: 1 });
				expect(parsed.issues, file).toEqual([]);
			}
		}
	);
});
