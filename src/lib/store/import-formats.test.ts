import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../../tests/support/fixtures';
import { storeSnapshot } from '../../../tests/support/store-snapshot';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import { applySchema } from './apply-schema';
import { importFile } from './import-file';

const now = new Date('2025-06-30T00:00:00Z');
const HAVE = existsSync(FIXTURES);
const title = (t: string) => (HAVE ? t : `${t} — skipped: ${FIXTURES} is absent`);

/** A fixture's data lines split on commas: these files quote nothing before the columns used. */
function plainTable(path: string): { header: string[]; lines: string[][] } {
	const [head, ...rest] = readFileSync(join(FIXTURES, path), 'utf8')
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/);
	return { header: head!.split(','), lines: rest.filter((l) => l !== '').map((l) => l.split(',')) };
}

const add = (map: Map<string, number>, key: string, n: number) =>
	map.set(key, (map.get(key) ?? 0) + n);

/** Plain counts per area (lower case), category and month, independently of the code under test. */
const PLAIN: Record<string, (path: string) => Map<string, number>> = {
	mopac: (path) => {
		const { header, lines } = plainTable(path);
		const counts = new Map<string, number>();
		for (const cells of lines) {
			for (let j = 3; j < header.length; j++) {
				const month = `${header[j]!.slice(0, 4)}-${header[j]!.slice(4)}`;
				add(
					counts,
					`${cells[2]!.toLowerCase()}|${cells[0]} / ${cells[1]}|${month}`,
					Number(cells[j])
				);
			}
		}
		return counts;
	},
	lfb: (path) => {
		const { header, lines } = plainTable(path);
		const [date, group, borough] = ['DateOfCall', 'IncidentGroup', 'IncGeo_BoroughName'].map((c) =>
			header.indexOf(c)
		);
		const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';
		const month = (d: string) =>
			/^\d{4}-\d{2}/.test(d)
				? d.slice(0, 7)
				: `${d.slice(7, 11)}-${String(MONTHS.indexOf(d.slice(3, 6)) / 3 + 1).padStart(2, '0')}`;
		const counts = new Map<string, number>();
		for (const c of lines)
			add(counts, `${c[borough!]!.toLowerCase()}|${c[group!]}|${month(c[date!]!)}`, 1);
		return counts;
	},
	outcomes: (path) => {
		const { header, lines } = plainTable(path);
		const [force, type, month] = ['Falls within', 'Outcome type', 'Month'].map((c) =>
			header.indexOf(c)
		);
		const counts = new Map<string, number>();
		for (const c of lines) add(counts, `${c[force!]!.toLowerCase()}|${c[type!]}|${c[month!]}`, 1);
		return counts;
	}
};

async function storedCounts(db: Connector, source: string): Promise<Map<string, number>> {
	const rows = await db.query<{ key: string; count: number }>({
		sql: `SELECT lower(area) || '|' || category || '|' || strftime(month, '%Y-%m') AS key, count
			FROM monthly_counts WHERE source = ?`,
		params: [source]
	});
	return new Map(rows.map((r) => [r.key, r.count]));
}

describe.skipIf(!HAVE)(title('every real fixture format through importFile'), () => {
	let db: Connector;
	beforeAll(async () => {
		db = createNodeConnector();
		await applySchema({ db });
	});
	afterAll(() => db.close());

	it.each([
		['mopac-borough-wide/MPS Borough Level Crime (Historical).csv', 'mopac-wide', 'mopac', 155],
		[
			'mopac-borough-wide/MPS Borough Level Crime (most recent 24 months).csv',
			'mopac-wide',
			'mopac',
			24
		],
		['lfb-incidents/lfb-incidents-2023-sample.csv', 'lfb-incidents', 'lfb', 12],
		['lfb-incidents/LFB Incident data (2009 first rows).csv', 'lfb-incidents', 'lfb', 1],
		[
			'policeuk-outcomes-city-of-london/2024-02-city-of-london-outcomes.csv',
			'police-outcomes',
			'outcomes',
			1
		]
	])(
		'%s is stored like a plain count, and a second time changes nothing',
		async (path, format, kind, months) => {
			const source = { mopac: 'mopac', lfb: 'lfb', outcomes: 'police-outcomes' }[kind]!;
			const bytes = readFileSync(join(FIXTURES, path));
			const name = path.split('/')[1]!;
			const before = await storedCounts(db, source);
			const result = await importFile({ db, name, bytes, now });
			expect(result).toMatchObject({ format, status: 'stored', issues: [] });
			expect(new Set(result.months.map((m) => m.month)).size).toBe(months);
			expect(result.months.every((m) => m.status === 'new')).toBe(true);
			const expected = PLAIN[kind]!(path);
			const stored = await storedCounts(db, source);
			const added = new Map([...stored].filter(([key]) => !before.has(key)));
			// Zero cells of a MOPAC table are stored as 0; compare every cell the file has.
			expect(added).toEqual(expected);

			const snapshot = await storeSnapshot(db);
			const again = await importFile({ db, name, bytes, now });
			expect(again.status).toBe('unchanged');
			expect(again.months.every((m) => m.status === 'unchanged')).toBe(true);
			expect(await storeSnapshot(db)).toEqual(snapshot);
		}
	);

	it('keeps each LFB incident with its number, ward, grid reference and source line', async () => {
		const [row] = await db.query({
			sql: `SELECT area, category, strftime(month, '%Y-%m') AS month, crime_id, location,
				easting, northing, longitude, source_row FROM current_incidents
				WHERE source = 'lfb' AND crime_id = '038967-19032023'`
		});
		expect(row).toEqual({
			area: 'Barnet',
			category: 'False Alarm',
			month: '2023-03',
			crime_id: '038967-19032023',
			location: 'Edgwarebury',
			easting: 521277,
			northing: 193865,
			longitude: null,
			source_row: 2
		});
	});

	it("keeps each LFB incident's kind, and counts per kind that add up to each incident group", async () => {
		const plain = new Map<string, number>();
		for (const path of [
			'lfb-incidents/lfb-incidents-2023-sample.csv',
			'lfb-incidents/LFB Incident data (2009 first rows).csv'
		]) {
			const { header, lines } = plainTable(path);
			const at = (c: string) => header.indexOf(c);
			for (const c of lines) {
				const [group, stop, special] = [
					c[at('IncidentGroup')]!,
					c[at('StopCodeDescription')]!,
					c[at('SpecialServiceType')]!
				];
				const kind = group === 'Special Service' ? special || null : stop || null;
				const key = `${c[at('IncGeo_BoroughName')]!.toLowerCase()}|${group}|${kind}`;
				add(plain, key, 1);
			}
		}
		const rows = await db.query<{ key: string; count: number }>({
			sql: `SELECT lower(area) || '|' || category || '|' || coalesce(subcategory, 'null') AS key,
				sum(count)::INTEGER AS count FROM monthly_subcategory_counts WHERE source = 'lfb' GROUP BY ALL`
		});
		expect(new Map(rows.map((r) => [r.key, r.count]))).toEqual(plain);
		const [sums] = await db.query({
			sql: `SELECT (SELECT sum(count) FROM monthly_counts WHERE source = 'lfb')::INTEGER AS groups,
				(SELECT sum(count) FROM monthly_subcategory_counts WHERE source = 'lfb')::INTEGER AS kinds,
				(SELECT count(*) FROM current_incidents WHERE source = 'lfb')::INTEGER AS incidents`
		});
		expect(sums).toEqual({ groups: 10020, kinds: 10020, incidents: 10020 });
		const kinds = await db.query({
			sql: `SELECT crime_id, category, subcategory FROM current_incidents
				WHERE crime_id IN ('013803-28012023', '038967-19032023', '2091') ORDER BY crime_id`
		});
		expect(kinds).toEqual([
			{ crime_id: '013803-28012023', category: 'Special Service', subcategory: 'Lift Release' },
			{
				crime_id: '038967-19032023',
				category: 'False Alarm',
				subcategory: 'False alarm - Good intent'
			},
			{ crime_id: '2091', category: 'Fire', subcategory: 'Secondary Fire' }
		]);
	});

	it('keeps the Crime ID and place of each outcome', async () => {
		const rows = await db.query<{ n: number; ids: number; no_place: number }>({
			sql: `SELECT count(*)::INTEGER AS n, count(DISTINCT crime_id)::INTEGER AS ids,
				count(*) FILTER (location IS NULL)::INTEGER AS no_place
				FROM current_incidents WHERE source = 'police-outcomes'`
		});
		const { lines } = plainTable(
			'policeuk-outcomes-city-of-london/2024-02-city-of-london-outcomes.csv'
		);
		expect(rows[0]).toEqual({
			n: lines.length,
			ids: new Set(lines.map((c) => c[0])).size,
			no_place: lines.filter((c) => c[6] === 'No location').length
		});
	});

	it('refuses the ONS lookup politely and stores nothing', async () => {
		const path =
			'ons-lookups/Local_Authority_District_to_Community_Safety_Partnerships_to_Police_Force_Areas__January_2017__Lookup_in_England_and_Wales_Version_2.csv';
		const before = await storeSnapshot(db);
		const result = await importFile({
			db,
			name: 'lookup.csv',
			bytes: readFileSync(join(FIXTURES, path)),
			now
		});
		expect(result).toMatchObject({ format: 'ons-lookup', status: 'rejected', rows: 0 });
		expect(result.issues).toMatchObject([
			{
				rule: 'reference-file',
				severity: 'error',
				summary: 'The file is a reference lookup, not figures'
			}
		]);
		expect(await storeSnapshot(db)).toEqual(before);
	});
});
