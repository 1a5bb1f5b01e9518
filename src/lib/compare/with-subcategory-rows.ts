import type { Connector, Row } from '../db/connector';
import { monthlyCountsSql, type MonthlyCountRow } from '../db/sql/monthly-counts-sql';
import {
	monthlySubcategoryCountsSql,
	type MonthlySubcategoryCountRow
} from '../db/sql/monthly-subcategory-counts-sql';
import type { Comparison } from './comparison';
import { countIndex } from './count-index';
import { loadStoreFacts } from './load-store-facts';
import { subcategoryIndex } from './subcategory-key';
import { nestSubcategoryRows, subcategoryRows } from './subcategory-rows';

/**
 * A comparison with each category's main kinds nested under it, as the overview shows them (LFB:
 * Primary Fire, RTC…); unchanged when the store has no kinds for its months.
 * @example await withSubcategoryRows({ db, comparison: await runComparison({ db, source: 'lfb', … }) })
 */
export async function withSubcategoryRows(opts: {
	db: Connector;
	comparison: Comparison;
}): Promise<Comparison> {
	const { db, comparison: c } = opts;
	const months = [...c.compared.now, ...c.compared.then];
	if (!months.length || !c.rows.some((r) => r.kind === 'category')) return c;
	const query = { areas: [c.area], ranges: months.map((m) => ({ start: m, end: m })) };
	const own = (r: { source: string }) => r.source === c.source;
	const kindRows = (
		await db.query<MonthlySubcategoryCountRow & Row>(monthlySubcategoryCountsSql(query))
	).filter(own);
	if (!kindRows.length) return c;
	const counts = (await db.query<MonthlyCountRow & Row>(monthlyCountsSql(query))).filter(own);
	const kinds = subcategoryRows({
		facts: await loadStoreFacts({ db }),
		index: countIndex({ rows: counts }),
		kinds: subcategoryIndex({ rows: kindRows }),
		comparison: c
	});
	return { ...c, rows: nestSubcategoryRows({ rows: c.rows, kinds }) };
}
