import { describe, expect, it } from 'vitest';
import { createNodeConnector } from '../db/node-connector.server';
import { applySchema } from '../store/apply-schema';
import { warmCsvReader } from './warm-csv-reader';

describe('warmCsvReader', () => {
	it('checks every generated row as a clean police.uk file and stores nothing', async () => {
		const db = createNodeConnector();
		await applySchema({ db });
		const result = await warmCsvReader({ db, rows: 2_000 });
		expect(result).toMatchObject({ status: 'planned', format: 'police-street', rows: 2_000 });
		expect(result.issues).toEqual([]);
		expect(result.months.map((m) => [m.month, m.status])).toEqual([['2011-01', 'new']]);
		const [stored] = await db.query({
			sql: 'SELECT (SELECT count(*) FROM uploads)::INTEGER AS uploads, (SELECT count(*) FROM incidents)::INTEGER AS incidents'
		});
		expect(stored).toEqual({ uploads: 0, incidents: 0 });
		await db.close();
	});
});
