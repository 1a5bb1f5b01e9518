import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	HAVE_STREET_FIXTURES,
	fixtureTitle,
	STREET_2020,
	monthlyStreetFiles,
	plainCounts
} from '../../../tests/support/fixtures';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node-connector.server';
import { applySchema } from './apply-schema';
import { importFile } from './import-file';

const now = new Date('2026-11-27T00:00:00Z');
const load = (db: Connector, path: string) =>
	importFile({ db, name: basename(path), bytes: readFileSync(path), now });

async function storedCounts(db: Connector): Promise<Map<string, number>> {
	const rows = await db.query<{ month: string; category: string; count: number }>({
		sql: `SELECT strftime(month, '%Y-%m') AS month, category, count FROM monthly_counts`
	});
	return new Map(rows.map((r) => [`${r.month}|${r.category}`, r.count]));
}

describe.skipIf(!HAVE_STREET_FIXTURES)(fixtureTitle('police.uk street fixtures'), () => {
	let db: Connector;
	beforeAll(async () => {
		db = createNodeConnector();
		await applySchema({ db });
		for (const file of monthlyStreetFiles()) expect((await load(db, file)).status).toBe('stored');
	});
	afterAll(() => db.close());

	it('stores every month and type exactly as a plain count of the 24 files', async () => {
		const expected = plainCounts(monthlyStreetFiles());
		expect(expected.size).toBeGreaterThan(300);
		expect(await storedCounts(db)).toEqual(expected);
	});

	it('keeps row-level provenance: upload and source line of every incident', async () => {
		const [row] = await db.query<{ file_name: string; source_row: number; crime_id: string }>({
			sql: `SELECT u.file_name, i.source_row, i.crime_id FROM current_incidents i
				JOIN uploads u USING (upload_id) WHERE i.month = DATE '2021-06-01' ORDER BY i.source_row LIMIT 1`
		});
		const firstRecord = readFileSync(monthlyStreetFiles()[17]!, 'utf8').split('\n')[1]!;
		expect(row).toEqual({
			file_name: '2021-06-city-of-london-street.csv',
			source_row: 2,
			crime_id: firstRecord.split(',')[0] || null
		});
	});

	it('changes nothing when the same files are loaded again', async () => {
		const before = await db.query({ sql: 'SELECT count(*)::INTEGER AS n FROM uploads' });
		for (const file of monthlyStreetFiles()) {
			const result = await load(db, file);
			expect(result.status).toBe('unchanged');
			expect(result.months.every((m) => m.status === 'unchanged')).toBe(true);
		}
		expect(await db.query({ sql: 'SELECT count(*)::INTEGER AS n FROM uploads' })).toEqual(before);
	});

	it('says the 2020 single-file download changes no month', async () => {
		const result = await load(db, join(STREET_2020, '2020-complete-city-of-london-street.csv'));
		expect(result.status).toBe('unchanged');
		expect(result.months.map((m) => m.status)).toEqual(Array(11).fill('unchanged'));
		expect(await storedCounts(db)).toEqual(plainCounts(monthlyStreetFiles()));
	});
});
