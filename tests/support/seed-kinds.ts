import type { Connector } from '../../src/lib/db/connector';

/** Kind counts by month, category then kind, e.g. `{ '2021-06': { Fire: { 'Primary Fire': 3 } } }`; kind `''` is not recorded. */
export type SeedKinds = Record<string, Record<string, Record<string, number>>>;

/**
 * Adds kind counts to months already seeded (seedMonths), under each month's latest upload, as
 * an LFB import stores them beside its category counts.
 * @example await seedKinds({ db, source: 'lfb', area: 'City of London', months: { '2021-06': { Fire: { 'Primary Fire': 3 } } } })
 */
export async function seedKinds(opts: {
	db: Connector;
	source?: string;
	area?: string;
	months: SeedKinds;
}): Promise<void> {
	const source = opts.source ?? 'lfb';
	const area = opts.area ?? 'City of London';
	for (const [month, categories] of Object.entries(opts.months))
		for (const [category, kinds] of Object.entries(categories))
			for (const [kind, count] of Object.entries(kinds))
				await opts.db.query({
					sql: `INSERT INTO upload_subcategory_counts
SELECT max(upload_id), ?, ?, ?, ?, ?::DATE, ? FROM upload_months
WHERE source = ? AND area = ? AND month = ?::DATE`,
					params: [
						source,
						area,
						category,
						kind || null,
						`${month}-01`,
						count,
						source,
						area,
						`${month}-01`
					]
				});
}
