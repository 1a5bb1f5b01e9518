import { describe, expect, it } from 'vitest';
import { createNodeConnector } from '../db/node-connector.server';
import { applySchema } from './apply-schema';

describe('applySchema', () => {
	it('brings a store made before kinds were kept up to date, its incidents kept, kinds null', async () => {
		const db = createNodeConnector();
		try {
			// The incidents table as the first stores made it: no grid reference, no kind.
			await db.query({
				sql: `CREATE TABLE incidents (source VARCHAR NOT NULL, area VARCHAR NOT NULL,
					category VARCHAR NOT NULL, month DATE NOT NULL, outcome VARCHAR, crime_id VARCHAR,
					lsoa_code VARCHAR, lsoa_name VARCHAR, location VARCHAR, longitude DOUBLE,
					latitude DOUBLE, upload_id INTEGER NOT NULL, source_row INTEGER NOT NULL)`
			});
			await db.query({
				sql: `INSERT INTO incidents VALUES ('lfb', 'City of London', 'Fire', DATE '2021-06-01',
					NULL, '1', NULL, NULL, 'Candlewick', NULL, NULL, 1, 2)`
			});
			await applySchema({ db });
			await applySchema({ db });
			const rows = await db.query({
				sql: 'SELECT category, crime_id, easting, subcategory FROM incidents'
			});
			expect(rows).toEqual([{ category: 'Fire', crime_id: '1', easting: null, subcategory: null }]);
			const kinds = await db.query({
				sql: 'SELECT count(*)::INTEGER AS n FROM monthly_subcategory_counts'
			});
			expect(kinds).toEqual([{ n: 0 }]);
		} finally {
			await db.close();
		}
	});
});
