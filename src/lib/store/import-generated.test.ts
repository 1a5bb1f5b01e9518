import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { storeSnapshot } from '../../../tests/support/store-snapshot';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import { expandZip } from '../ingest/expand-zip';
import { applySchema } from './apply-schema';
import { importFile } from './import-file';

const now = new Date('2025-06-30T00:00:00Z');
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes for text using ASCII plus the few characters below. */
const cp1252 = (text: string) =>
	new Uint8Array([...text].map((c) => ({ '£': 0xa3, '’': 0x92, é: 0xe9 })[c] ?? c.charCodeAt(0)));

async function emptyStore(): Promise<Connector> {
	const db = createNodeConnector();
	await applySchema({ db });
	return db;
}

const counts = async (db: Connector, source: string) =>
	Object.fromEntries(
		(
			await db.query<{ key: string; count: number }>({
				sql: `SELECT area || '|' || category || '|' || strftime(month, '%Y-%m') AS key, count
					FROM monthly_counts WHERE source = ? ORDER BY key`,
				params: [source]
			})
		).map((r) => [r.key, r.count])
	);

/** Expected counts from the records a test wrote, keyed like `counts`. */
const tally = (keys: string[]) =>
	Object.fromEntries([...new Set(keys)].sort().map((k) => [k, keys.filter((x) => x === k).length]));

const LEGACY = 'Month,Reported by,Falls within,Easting,Northing,Location,Crime type,Context';
const legacyRows: [string, string, string, string][] = [
	['2011-05', '532500', '181500', 'Burglary'],
	['2011-05', '532510', '181400', 'Anti-social behaviour'],
	['2011-05', '', '', 'Burglary'],
	['2011-06', '532600', '181300', 'Vehicle crime']
];
const legacy = (eol: string) =>
	[
		LEGACY,
		...legacyRows.map(([m, e, n, t]) =>
			[
				m,
				'City of London Police',
				'City of London Police',
				e,
				n,
				e ? 'On or near X' : 'No Location',
				t,
				''
			].join(',')
		)
	].join(eol) + eol;

const STREET =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const street = (location: string, n = 3) =>
	[
		STREET,
		...Array.from(
			{ length: n },
			(_, i) =>
				`id${i},2021-06,City of London Police,City of London Police,-0.09,51.51,${location},E01000001,City of London 001A,Robbery,Under investigation,`
		)
	].join('\r\n') + '\r\n';

describe('generated files in every encoding and layout', () => {
	it.each([
		{ name: 'older layout, LF', bytes: utf8(legacy('\n')), format: 'police-street-legacy' },
		{
			name: 'older layout, CRLF with BOM',
			bytes: utf8('\uFEFF' + legacy('\r\n')),
			format: 'police-street-legacy'
		}
	])(
		'stores the older police.uk layout ($name) with its grid reference',
		async ({ bytes, format }) => {
			const db = await emptyStore();
			const result = await importFile({
				db,
				name: '2011-05-city-of-london-street.csv',
				bytes,
				now
			});
			expect(result).toMatchObject({ format, status: 'stored', rows: 4, issues: [] });
			expect(await counts(db, 'police-street')).toEqual(
				tally(legacyRows.map(([m, , , t]) => `City of London Police|${t}|${m}`))
			);
			expect(
				await db.query({
					sql: `SELECT crime_id, easting, northing, longitude, latitude, location FROM current_incidents ORDER BY source_row`
				})
			).toEqual(
				legacyRows.map(([, e, n]) => ({
					crime_id: null,
					easting: e ? Number(e) : null,
					northing: n ? Number(n) : null,
					longitude: null,
					latitude: null,
					location: e ? 'On or near X' : 'No Location'
				}))
			);
			const again = await importFile({ db, name: 'again.csv', bytes, now });
			expect(again.status).toBe('unchanged');
			await db.close();
		}
	);

	it.each([
		{ name: 'in its first 64 KB', rows: 3 },
		{ name: 'only after 64 KB', rows: 700 }
	])('reads a Windows-1252 police.uk file with é $name, and says so', async ({ rows }) => {
		const db = await emptyStore();
		const text = street('On or near Caf’s Rue', rows).replace(/Rue(,[^\n]*\n)$/, 'Rué$1');
		const result = await importFile({
			db,
			name: '2021-06-city-of-london-street.csv',
			bytes: cp1252(text),
			now
		});
		expect(result.status).toBe('stored');
		expect(result.issues.map((i) => [i.rule, i.severity])).toEqual([
			['encoding-windows-1252', 'warning']
		]);
		const places = await db.query({ sql: 'SELECT DISTINCT location FROM incidents ORDER BY 1' });
		expect(places.map((p) => p.location)).toEqual(['On or near Caf’s Rue', 'On or near Caf’s Rué']);
		await db.close();
	});

	it('stores a MOPAC ward table (BOM, CRLF, trailing blank lines) as Borough / Ward areas', async () => {
		const db = await emptyStore();
		const text =
			'\uFEFF' +
			[
				'MajorText,MinorText,WardName,WardCode,LookUp_BoroughName,202312,202401',
				'Violence Against the Person,Violence with Injury,Cathedrals,E05013809,SOUTHWARK,14,11',
				'VIOLENCE AGAINST THE PERSON,VIOLENCE WITH INJURY,"St Paul’s, Bankside",E05013810,Southwark,3,0',
				'',
				''
			].join('\r\n');
		const result = await importFile({
			db,
			name: 'MPS Ward Level Crime.csv',
			bytes: utf8(text),
			now
		});
		expect(result).toMatchObject({ format: 'mopac-wide', status: 'stored', rows: 4 });
		const category = 'VIOLENCE AGAINST THE PERSON / VIOLENCE WITH INJURY';
		expect(await counts(db, 'mopac')).toEqual({
			[`Southwark / Cathedrals|${category}|2023-12`]: 14,
			[`Southwark / Cathedrals|${category}|2024-01`]: 11,
			[`Southwark / St Paul’s, Bankside|${category}|2023-12`]: 3,
			[`Southwark / St Paul’s, Bankside|${category}|2024-01`]: 0
		});
		expect(await db.query({ sql: 'SELECT count(*)::INTEGER AS n FROM incidents' })).toEqual([
			{ n: 0 }
		]);
		await db.close();
	});

	it('stores a Windows-1252 LFB export with quoted commas, quotes and line breaks', async () => {
		const db = await emptyStore();
		const text = [
			'IncidentNumber,DateOfCall,IncidentGroup,IncGeo_BoroughName,IncGeo_WardName,Easting_m,Northing_m,Notional Cost (£),NumCalls',
			'1,01/01/2009 00:02,Fire,CITY OF LONDON,"Bishopsgate, ""Inner""",532500.0,181500.0,£255,1',
			'2,05/01/2009 10:00,False Alarm,City Of london,"Line one\r\nline two",NULL,NULL,NULL,1',
			'3,02/02/2009 10:00,Special Service,Westminster,St James’s,529000,180000,£0,2',
			'',
			''
		].join('\r\n');
		const result = await importFile({ db, name: 'lfb.csv', bytes: cp1252(text), now });
		expect(result).toMatchObject({
			format: 'lfb-incidents',
			status: 'stored',
			rows: 3,
			issues: []
		});
		expect(await counts(db, 'lfb')).toEqual({
			'City of London|False Alarm|2009-01': 1,
			'City of London|Fire|2009-01': 1,
			'Westminster|Special Service|2009-02': 1
		});
		const wards = await db.query({ sql: 'SELECT location FROM incidents ORDER BY source_row' });
		expect(wards.map((w) => w.location)).toEqual([
			'Bishopsgate, "Inner"',
			'Line One Line Two',
			'St James’s'
		]);
		await db.close();
	});

	it('refuses a zip handed straight in, and stores its CSV files once opened', async () => {
		const db = await emptyStore();
		const bytes = zipSync({
			'2011-05/2011-05-city-of-london-street.csv': strToU8(legacy('\n')),
			'__MACOSX/._x.csv': new Uint8Array([0, 1])
		});
		const before = await storeSnapshot(db);
		const refused = await importFile({ db, name: 'download.zip', bytes, now });
		expect(refused).toMatchObject({ status: 'rejected', format: null });
		expect(refused.issues.map((i) => i.rule)).toEqual(['zip-archive']);
		expect(await storeSnapshot(db)).toEqual(before);
		const { files, issue } = expandZip({ name: 'download.zip', bytes });
		expect(issue).toBeNull();
		expect(files.map((f) => f.name)).toEqual([
			'download.zip/2011-05/2011-05-city-of-london-street.csv'
		]);
		const stored = await importFile({ db, ...files[0]!, now });
		expect(stored).toMatchObject({ status: 'stored', rows: 4 });
		await db.close();
	});

	it('reads a file as the layout chosen by hand, and says so', async () => {
		const db = await emptyStore();
		const text =
			'Area,Measure,Unit,Direction,2017/18\nCity of London,Reports on time,percent,up,80\n';
		const chosen = await importFile({
			db,
			name: 'p.csv',
			bytes: utf8(text),
			now,
			format: 'mopac-wide',
			dryRun: true
		});
		expect(chosen.format).toBe('mopac-wide');
		expect(chosen.detection?.reason).toMatch(
			/^Read as MOPAC borough or ward table, as chosen; the columns look like partner measures/
		);
		expect(chosen.issues.filter((i) => i.severity === 'error').map((i) => i.rule)).toContain(
			'header-missing'
		);
		await db.close();
	});
});
