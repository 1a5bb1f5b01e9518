import { describe, expect, it } from 'vitest';
import { createNodeConnector } from '../db/node-connector.server';
import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import { applySchema } from '../store/apply-schema';
import { findColumnMapping } from '../store/find-column-mapping';
import { replayPending } from './replay-pending';

const mapping: ColumnMapping = {
	name: 'victims',
	date: 'Referral date',
	categories: ['Crime group'],
	value: 'count-rows',
	area: { fixed: 'City of London' }
};
const bytes = (text: string) => new TextEncoder().encode(text);
const savedAt = '2025-01-02T10:00:00.000Z';

describe('replayPending', () => {
	it('restores saved mappings, then each upload read as it was saved', async () => {
		const db = createNodeConnector();
		await applySchema({ db });
		await replayPending({
			db,
			mappings: [{ name: 'victims', header: ['Referral date', 'Crime group'], mapping, savedAt }],
			uploads: [
				{
					sha256: 'a',
					name: 'referrals.csv',
					bytes: bytes('Referral date,Crime group\n2024-01-05,Theft\n2024-02-01,Fraud\n'),
					savedAt,
					mapping
				},
				{
					sha256: 'b',
					name: 'no-unit.csv',
					bytes: bytes('period,area,measure,value\n2024-01,City of London,Reports on time,80\n'),
					savedAt,
					format: 'measures-long',
					measureDefaults: { unit: 'percent', direction: 'up' }
				}
			]
		});
		expect(await findColumnMapping({ db, header: ['REFERRAL DATE', 'Crime Group'] })).toEqual(
			mapping
		);
		const uploads = await db.query({ sql: 'SELECT file_name, format FROM uploads ORDER BY 1' });
		expect(uploads).toEqual([
			{ file_name: 'no-unit.csv', format: 'measures-long' },
			{ file_name: 'referrals.csv', format: 'custom:victims' }
		]);
		const measures = await db.query({ sql: 'SELECT unit, direction FROM measures' });
		expect(measures).toEqual([{ unit: 'percent', direction: 'up' }]);
		await db.close();
	});
});
