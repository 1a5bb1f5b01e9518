import type { GroupRow } from '../db/sql/groups-sql';
import type { CompareCountsRow } from '../db/sql/compare-counts-sql';
import type { CompareGroupsRow } from '../db/sql/compare-groups-sql';
import { compareCounts } from '../stats/compare-counts';
import type { Direction } from '../stats/direction';
import type { CountRow } from './comparison';
import { orderRows } from './order-rows';

/** Row keys of groups start with this, so a group never collides with a category. */
export const GROUP_PREFIX = 'group:';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The rows of a table: the total and categories in committee order, then the groups by name.
 * @example countRows({ source: 'police-street', counts, groupCounts, groups, direction: 'down' })
 */
export function countRows(opts: {
	source: string;
	counts: CompareCountsRow[];
	groupCounts: CompareGroupsRow[];
	groups: GroupRow[];
	direction: Direction;
}): CountRow[] {
	const compare = (now: number, then: number) =>
		compareCounts({ now, then, direction: opts.direction });
	const categories = opts.counts.map((c): CountRow => ({
		key: c.category,
		label: c.category,
		kind: 'category',
		members: [c.category],
		comparison: compare(c.now_count, c.then_count)
	}));
	const groups = opts.groupCounts.map((g): CountRow => ({
		key: `${GROUP_PREFIX}${g.group_name}`,
		label: capitalise(g.group_name),
		kind: 'group',
		members: opts.groups.filter((m) => m.group === g.group_name).map((m) => m.category),
		comparison: compare(g.now_count, g.then_count)
	}));
	return [
		...orderRows({ source: opts.source, rows: categories, direction: opts.direction }),
		...groups
	];
}
