import type { Comparison } from './comparison';
import { GROUP_PREFIX } from './count-rows';

/**
 * Chooses the rows to show: by default the total and the categories; `'all'` every group row; a
 * group name that group's row followed by its member categories. Throws for an unknown group.
 * A comparison with no rows (no month could be compared) is returned as it is.
 * @example selectRows({ comparison, group: 'acquisitive crime' }).rows.map((r) => r.key) // ['group:acquisitive crime', 'Bicycle theft', …]
 */
export function selectRows(opts: { comparison: Comparison; group?: string | null }): Comparison {
	const { comparison: c, group } = opts;
	if (group === undefined || group === null)
		return { ...c, rows: c.rows.filter((r) => r.kind !== 'group') };
	// Nothing could be compared: there are no rows to choose from, and the label says why.
	if (!c.rows.length) return c;
	const groups = c.rows.filter((r) => r.kind === 'group');
	if (group.toLowerCase() === 'all') return { ...c, rows: groups };
	const row = groups.find((r) => r.key.toLowerCase() === `${GROUP_PREFIX}${group}`.toLowerCase());
	if (!row) {
		const names = groups.map((r) => `"${r.key.slice(GROUP_PREFIX.length)}"`).join(', ');
		throw new Error(
			`No group "${group}"; the groups are ${names || 'none'}. ` +
				'Define one with: npm run cli -- groups set <name> <categories…>'
		);
	}
	const members = c.rows.filter((r) => r.kind === 'category' && row.members.includes(r.key));
	return { ...c, rows: [row, ...members] };
}
