import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row } from '../db/connector';
import { versionsSql, type VersionRow } from '../db/sql/versions-sql';
import { schemaStore } from '../../../tests/support/sql-cases';
import { importFile } from './import-file';
import { recordImportVersion } from './record-import-version';

const header =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const file = (month: string, rows: number) => ({
	name: `${month}-city-of-london-street.csv`,
	bytes: new TextEncoder().encode(
		[
			header,
			...Array.from(
				{ length: rows },
				(_, i) =>
					`id${i},${month},City of London Police,City of London Police,-0.09,51.51,On or near X,E01000001,City of London 001A,Burglary,,`
			)
		].join('\n') + '\n'
	)
});
let db: Connector;
beforeAll(async () => (db = await schemaStore()));
afterAll(() => db.close());

const run = async (files: { name: string; bytes: Uint8Array }[], createdBy: string) => {
	const results = [];
	for (const f of files)
		results.push(await importFile({ db, ...f, now: new Date(Date.UTC(2026, 0, 5)) }));
	return recordImportVersion({ db, results, createdBy, nowMs: Date.UTC(2026, 0, 5, 9) });
};

describe('recordImportVersion', () => {
	it('records a version per import that stored something, counting its months', async () => {
		expect(await run([file('2021-05', 2), file('2021-06', 3)], 'ana')).toBe(1);
		expect(await run([file('2021-05', 2)], 'ana')).toBeNull(); // the same file: nothing stored
		expect(await run([file('2021-06', 4), file('2021-07', 1)], 'ops')).toBe(2);
		const versions = await db.query<VersionRow & Row>(versionsSql());
		expect(
			versions.map((v) => [
				v.version,
				v.created_by,
				v.months_new,
				v.months_replaced + v.months_revised,
				v.files
			])
		).toEqual([
			[2, 'ops', 1, 1, ['2021-06-city-of-london-street.csv', '2021-07-city-of-london-street.csv']],
			[1, 'ana', 2, 0, ['2021-05-city-of-london-street.csv', '2021-06-city-of-london-street.csv']]
		]);
	});
});
