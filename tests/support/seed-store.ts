import type { Connector } from '../../src/lib/db/connector';
import { createNodeConnector } from '../../src/lib/db/node-connector.server';
import { applySchema } from '../../src/lib/store/apply-schema';

/** Monthly counts by month then category, e.g. `{ '2021-06': { Burglary: 3 } }`; `{}` = data, no rows. */
export type SeedMonths = Record<string, Record<string, number>>;

/** An in-memory store holding the given months as one upload per month. */
export async function seededStore(opts: {
	source?: string;
	area?: string;
	months: SeedMonths;
}): Promise<Connector> {
	const db = createNodeConnector();
	await applySchema({ db });
	await seedMonths({ db, ...opts });
	return db;
}

/** Adds the given months to a store as one upload per month, upload ids from `firstId` (1). */
export async function seedMonths(opts: {
	db: Connector;
	source?: string;
	area?: string;
	months: SeedMonths;
	firstId?: number;
}): Promise<void> {
	const { db } = opts;
	const source = opts.source ?? 'police-street';
	const area = opts.area ?? 'Test Force';
	let id = (opts.firstId ?? 1) - 1;
	for (const [month, counts] of Object.entries(opts.months)) {
		id++;
		const day = `${month}-01`;
		const rows = Object.values(counts).reduce((a, b) => a + b, 0);
		await db.query({
			sql: `INSERT INTO uploads VALUES (?, 'seed.csv', 'x', 'seed', ?, ?::DATE, ?::DATE, 1, TIMESTAMP '2026-01-01')`,
			params: [id, rows, day, day]
		});
		await db.query({
			sql: 'INSERT INTO upload_months VALUES (?, ?, ?, ?::DATE, ?, 0)',
			params: [id, source, area, day, rows]
		});
		// Current from version 0 on, as an upload stored before versions existed.
		await db.query({
			sql: 'INSERT INTO coverage_changes VALUES (0, ?, ?, ?::DATE, ?)',
			params: [source, area, day, id]
		});
		for (const [category, count] of Object.entries(counts)) {
			await db.query({
				sql: 'INSERT INTO upload_counts VALUES (?, ?, ?, ?, ?::DATE, ?)',
				params: [id, source, area, category, day, count]
			});
		}
	}
}
