import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../../tests/support/fixtures';
import { storeSnapshot } from '../../../tests/support/store-snapshot';
import { createWasmConnector } from '../../../tests/support/wasm-connector';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import { applySchema } from './apply-schema';
import { importFile, type ImportOptions } from './import-file';

const now = new Date('2025-06-30T00:00:00Z');
const utf8 = (text: string) => new TextEncoder().encode(text);
const STREET =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const fixture = (path: string) =>
	existsSync(join(FIXTURES, path))
		? [{ name: path.split('/')[1]!, bytes: readFileSync(join(FIXTURES, path)) }]
		: [];

/** One of every path through importFile: DuckDB's CSV reader, and parsed rows staged as CSV. */
const FILES: Pick<ImportOptions, 'name' | 'bytes' | 'mapping'>[] = [
	{
		name: '2021-06-city-of-london-street.csv',
		bytes: new Uint8Array([
			...utf8(`${STREET}\r\na,2021-06,F,City of London Police,-0.09,51.51,On or near Caf`),
			0xe9,
			...utf8(
				',E01,City 001,Robbery,Under investigation,\r\n,2021-06,F,City of London Police,,,No Location,,,Anti-social behaviour,,\r\n'
			)
		])
	},
	{
		// Not UTF-8 only after the first 64 KB: found by DuckDB's reader, then read again as Windows-1252.
		name: '2021-07-city-of-london-street.csv',
		bytes: new Uint8Array([
			...utf8(
				STREET + '\n' + `x,2021-07,F,City of London Police,,,No Location,,,Drugs,,\n`.repeat(900)
			),
			...utf8('y,2021-07,F,City of London Police,,,Caf'),
			0xe9,
			...utf8(',,,Drugs,,\n')
		])
	},
	{
		name: '2011-05-city-of-london-street.csv',
		bytes: utf8(
			'Month,Falls within,Easting,Northing,Location,Crime type\n2011-05,City of London Police,532500,181500,On or near X,Drugs\n'
		)
	},
	{
		name: 'MPS Ward Level Crime.csv',
		bytes: utf8(
			'MajorText,MinorText,WardName,WardCode,LookUp_BoroughName,202312,202401\nTHEFT,SHOPLIFTING,"Cathedrals, North",E05013809,Southwark,14,\n'
		)
	},
	{
		name: 'lfb.csv',
		bytes: utf8(
			'IncidentNumber,DateOfCall,IncidentGroup,IncGeo_BoroughName,IncGeo_WardName,Easting_m,Northing_m\n1,01 Jan 2009,Fire,CITY OF LONDON,"A ""B"", C",532500.0,181500.0\n2,2009-02-01,False Alarm,,,NULL,NULL\n'
		)
	},
	{
		name: 'partners.csv',
		bytes: utf8(
			'period,area,measure,value,unit,target,direction\n2017/18,City of London,On time,80,percent,60,up\n2017-Q2,City of London,"Satisfied, all",91.5,percent,,up\n'
		)
	},
	{
		name: 'referrals.csv',
		bytes: utf8('Date,Type\n05/01/2024,Theft\n2024-01-09,Theft\n'),
		mapping: {
			name: 'referrals',
			date: 'Date',
			categories: ['Type'],
			value: 'count-rows',
			area: { fixed: 'City of London' }
		}
	},
	...fixture('policeuk-outcomes-city-of-london/2024-02-city-of-london-outcomes.csv'),
	...fixture('lfb-incidents/lfb-incidents-2023-sample.csv'),
	...fixture('mopac-borough-wide/MPS Borough Level Crime (most recent 24 months).csv')
];

describe('the browser engine (DuckDB-wasm) stores every layout exactly as native DuckDB does', () => {
	let native: Connector;
	let wasm: Connector;
	beforeAll(async () => {
		[native, wasm] = [createNodeConnector(), await createWasmConnector()];
		for (const db of [native, wasm]) await applySchema({ db });
	});
	afterAll(async () => {
		await native.close();
		await wasm.close();
	});

	it.each(FILES.map((f) => [f.name, f] as const))('%s', async (_, file) => {
		const results = [];
		for (const db of [native, wasm]) {
			const planned = await importFile({ db, ...file, now, dryRun: true });
			const stored = await importFile({ db, ...file, now });
			const again = await importFile({ db, ...file, now });
			results.push({ planned, stored, again: again.status, store: await storeSnapshot(db) });
		}
		const [onNode, onWasm] = results;
		expect(onNode!.stored.status).toBe('stored');
		expect(onNode!.again).toBe('unchanged');
		expect(onWasm).toEqual(onNode);
	});
});
