import { describe, expect, it } from 'vitest';
import { createWasmConnector } from '../../../../tests/support/wasm-connector';
import type { Connector } from '../../db/connector';
import { createNodeConnector } from '../../db/node-connector.server';
import { applySchema } from '../apply-schema';
import { importFile } from '../import-file';
import { POLICE_STREET_HEADER } from '../../ingest/police/police-layout';

const now = new Date('2026-11-27T00:00:00Z');
const row = (o: { id?: string; month?: string; area?: string; type?: string; lon?: string }) =>
	[
		o.id ?? 'abc',
		o.month ?? '2021-06',
		'City of London Police',
		o.area ?? 'City of London Police',
		o.lon ?? '-0.09',
		'51.51',
		'On or near Cheapside',
		'E01032739',
		'City of London 001F',
		o.type ?? 'Burglary',
		o.id === 'b' ? 'Suspect charged' : 'Under investigation',
		''
	].join(',');
const file = (...rows: string[]) =>
	new TextEncoder().encode([POLICE_STREET_HEADER.join(','), ...rows].join('\n') + '\n');
const engines = [
	['native DuckDB', async () => createNodeConnector()],
	['DuckDB-wasm', createWasmConnector]
] as const;

async function open(make: () => Promise<Connector>): Promise<Connector> {
	const db = await make();
	await applySchema({ db });
	return db;
}

describe.each(engines)('the police.uk street check on %s', (_, make) => {
	it('fingerprints a dry run only to tell unchanged from revised months stored before', async () => {
		const db = await open(make);
		const june = file(row({}), row({ id: 'a', type: 'Robbery' }));
		await importFile({ db, name: 'june.csv', bytes: june, now });
		const plan = async (bytes: Uint8Array) =>
			(await importFile({ db, name: 'x.csv', bytes, now, dryRun: true })).months.map(
				(m) => `${m.month} ${m.status}`
			);
		expect(await plan(june)).toEqual(['2021-06 unchanged']);
		expect(await plan(file(row({}), row({ id: 'b', type: 'Robbery' })))).toEqual([
			'2021-06 revised'
		]);
		expect(await plan(file(row({}), row({ month: '2021-07' })))).toEqual([
			'2021-06 replaced',
			'2021-07 new'
		]);
		await db.close();
	});

	it('reads values trimmed of spaces, blank ones as empty, and stores them so', async () => {
		const db = await open(make);
		const padded = file(
			row({ month: ' 2021-06', area: 'City of London Police  ', type: ' Drugs', lon: ' -0.1 ' }),
			row({ id: '"  "', lon: '   ' })
		);
		const planned = await importFile({ db, name: 'p.csv', bytes: padded, now, dryRun: true });
		expect(planned.issues).toEqual([]);
		expect(planned.months.map((m) => [m.area, m.month, m.newRows])).toEqual([
			['City of London Police', '2021-06', 2]
		]);
		const stored = await importFile({ db, name: 'p.csv', bytes: padded, now });
		expect(stored.status).toBe('stored');
		expect(
			await db.query({
				sql: `SELECT area, category, crime_id, longitude FROM incidents ORDER BY source_row`
			})
		).toEqual([
			{ area: 'City of London Police', category: 'Drugs', crime_id: 'abc', longitude: -0.1 },
			{ area: 'City of London Police', category: 'Burglary', crime_id: null, longitude: null }
		]);
		const again = await importFile({ db, name: 'p.csv', bytes: padded, now, dryRun: true });
		expect(again.months.map((m) => m.status)).toEqual(['unchanged']);
		await db.close();
	});

	it('names the same lines in a dry run as in a real import, across chunks', async () => {
		const db = await open(make);
		const rows = Array.from({ length: 12 }, (_, i) => row({ id: `r${i}` }));
		rows[3] = row({ id: 'x', lon: 'west' });
		rows[9] = row({ id: 'y', month: '2021/06', type: '' });
		const bytes = file(rows[0]!, '', ...rows.slice(1));
		const issues = async (dryRun: boolean) =>
			(await importFile({ db, name: 'b.csv', bytes, now, dryRun, chunkBytes: 300 })).issues.map(
				(i) => [i.rule, i.count, i.examples.map((e) => e.line)]
			);
		const expected = [
			['csv-blank-line', 1, [3]],
			['month-format', 1, [12]],
			['crime-type-missing', 1, [12]],
			['coordinate-format', 1, [6]]
		];
		expect(await issues(true)).toEqual(expected);
		expect(await issues(false)).toEqual(expected);
		await db.close();
	});
});
