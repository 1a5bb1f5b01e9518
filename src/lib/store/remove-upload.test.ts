import { describe, expect, it } from 'vitest';
import { createNodeConnector } from '../db/node-connector.server';
import { applySchema } from './apply-schema';
import { importFile } from './import-file';
import { removeUploads } from './remove-upload';

const HEADER =
	'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const csv = (...types: string[]) =>
	new TextEncoder().encode(
		[HEADER, ...types.map((t, i) => `id${i},2021-06,Force,Force,,,No Location,,,${t},,`)].join('\n')
	);
const now = new Date('2026-11-27T00:00:00Z');

describe('removeUploads', () => {
	it('returns a month to the version before it, then to empty', async () => {
		const db = createNodeConnector();
		await applySchema({ db });
		const counts = () =>
			db.query({ sql: `SELECT category, count FROM monthly_counts ORDER BY category` });
		const first = await importFile({ db, name: 'a.csv', bytes: csv('Burglary'), now });
		const second = await importFile({ db, name: 'b.csv', bytes: csv('Burglary', 'Drugs'), now });
		expect(await counts()).toEqual([
			{ category: 'Burglary', count: 1 },
			{ category: 'Drugs', count: 1 }
		]);
		await removeUploads({ db, uploadIds: [second.uploadId!] });
		expect(await counts()).toEqual([{ category: 'Burglary', count: 1 }]);
		expect(await db.query({ sql: 'SELECT count(*)::INTEGER AS n FROM current_incidents' })).toEqual(
			[{ n: 1 }]
		);
		await removeUploads({ db, uploadIds: [first.uploadId!] });
		expect(await counts()).toEqual([]);
		expect(await db.query({ sql: 'SELECT count(*)::INTEGER AS n FROM uploads' })).toEqual([
			{ n: 0 }
		]);
		await db.close();
	});
});
