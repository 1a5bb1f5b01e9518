import type { Connector, Row } from '../db/connector';
import {
	compareCountsSql,
	comparisonMonthsSql,
	type CompareCountsRow,
	type MonthPairRow
} from '../db/sql/compare-counts-sql';
import { compareGroupsSql, type CompareGroupsRow } from '../db/sql/compare-groups-sql';
import type { GroupRow } from '../db/sql/groups-sql';
import { labelPeriod } from '../periods/label-period';
import { parsePeriod } from '../periods/parse-period';
import { periodLength, resolvePeriod } from '../periods/resolve-period';
import type { Direction } from '../stats/direction';
import { countRows } from './count-rows';
import type { BaselineFigures } from './row-target';

/**
 * The figures of fixed baseline periods named by targets (e.g. FY2013-14), per row key, from the
 * same gap-safe SQL as the comparison itself.
 * @example await loadBaselines({ db, source, area, tokens: ['FY2019-20'], groups, direction: 'down' })
 */
export async function loadBaselines(opts: {
	db: Connector;
	source: string;
	area: string;
	tokens: string[];
	groups: GroupRow[];
	direction: Direction;
}): Promise<Map<string, BaselineFigures>> {
	const figures = new Map<string, BaselineFigures>();
	for (const token of new Set(opts.tokens)) {
		const period = parsePeriod(token);
		const start = resolvePeriod(period).start;
		const length = periodLength(period);
		const spec = {
			source: opts.source,
			area: opts.area,
			nowStart: start,
			thenStart: start,
			length
		};
		const pairs = await opts.db.query<MonthPairRow & Row>(comparisonMonthsSql(spec));
		const counts = await opts.db.query<CompareCountsRow & Row>(compareCountsSql(spec));
		const groupCounts = await opts.db.query<CompareGroupsRow & Row>(compareGroupsSql(spec));
		const rows = countRows({ ...opts, counts, groupCounts });
		figures.set(token, {
			label: labelPeriod(period),
			length,
			complete: pairs.every((p) => p.now_has),
			values: new Map(rows.map((r) => [r.key, r.comparison.now]))
		});
	}
	return figures;
}
