import { describe, expect, it } from 'vitest';
import { storeSnapshot } from '../../../tests/support/store-snapshot';
import { createNodeConnector } from '../db/node-connector.server';
import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import { applySchema } from './apply-schema';
import { findColumnMapping } from './find-column-mapping';
import { importFile } from './import-file';
import { saveColumnMapping } from './save-column-mapping';

const now = new Date('2025-06-30T00:00:00Z');
const mapping: ColumnMapping = {
	name: 'victim referrals',
	date: 'Referral date',
	categories: ['Crime group'],
	value: 'count-rows',
	area: { fixed: 'City of London' }
};
const january = [
	'Referral date,Crime group,Notes',
	'2024-01-05,Theft,',
	'2024-01-09,Theft,"a, b"',
	'2024-01-20,Fraud,'
];
const february = ['REFERRAL DATE , Crime Group,notes', '2024-02-01,Theft,', '2024-02-02,Robbery,'];
const bytes = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');
/** Plain counts of the lines above: category per month. */
const plain = (lines: string[]) => {
	const out: Record<string, number> = {};
	for (const line of lines.slice(1)) {
		const [date, group] = line.split(',');
		const key = `City of London|${group}|${date!.slice(0, 7)}`;
		out[key] = (out[key] ?? 0) + 1;
	}
	return out;
};

describe('column mappings', () => {
	it('stores a file read with a mapping, then finds the saved mapping for next month’s file', async () => {
		const db = createNodeConnector();
		await applySchema({ db });
		const unknown = await importFile({
			db,
			name: 'jan.csv',
			bytes: bytes(january),
			now,
			dryRun: true
		});
		expect(unknown).toMatchObject({ format: 'unknown', status: 'rejected', mapping: null });
		expect(unknown.issues.map((i) => i.rule)).toEqual(['unknown-format']);

		const jan = await importFile({ db, name: 'jan.csv', bytes: bytes(january), now, mapping });
		expect(jan).toMatchObject({
			format: 'custom:victim referrals',
			status: 'stored',
			rows: 2,
			mapping
		});
		await saveColumnMapping({ db, mapping, header: january[0]!.split(','), now });
		expect(await findColumnMapping({ db, header: february[0]!.split(',') })).toEqual(mapping);
		expect(await findColumnMapping({ db, name: 'victim referrals' })).toEqual(mapping);
		expect(await findColumnMapping({ db, header: ['Date', 'Group'] })).toBeNull();

		const feb = await importFile({ db, name: 'feb.csv', bytes: bytes(february), now });
		expect(feb).toMatchObject({ format: 'custom:victim referrals', status: 'stored', mapping });
		expect(feb.months.map((m) => [m.month, m.status])).toEqual([['2024-02', 'new']]);
		const stored = await db.query<{ key: string; count: number }>({
			sql: `SELECT area || '|' || category || '|' || strftime(month, '%Y-%m') AS key, count
				FROM monthly_counts WHERE source = 'custom:victim referrals' ORDER BY key`
		});
		expect(Object.fromEntries(stored.map((r) => [r.key, r.count]))).toEqual({
			...plain(january),
			...plain(february)
		});

		const before = await storeSnapshot(db);
		const again = await importFile({ db, name: 'feb.csv', bytes: bytes(february), now });
		expect(again.status).toBe('unchanged');
		expect(await storeSnapshot(db)).toEqual(before);
		await db.close();
	});

	it('replaces a saved mapping of the same name', async () => {
		const db = createNodeConnector();
		await applySchema({ db });
		const header = january[0]!.split(',');
		await saveColumnMapping({ db, mapping, header, now });
		const changed = { ...mapping, categories: ['Crime group', 'Notes'] };
		await saveColumnMapping({
			db,
			mapping: changed,
			header,
			now: new Date('2025-07-01T00:00:00Z')
		});
		expect(await db.query({ sql: 'SELECT count(*)::INTEGER AS n FROM column_mappings' })).toEqual([
			{ n: 1 }
		]);
		expect(await findColumnMapping({ db, header })).toEqual(changed);
		await db.close();
	});
});
