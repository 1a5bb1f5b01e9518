import type { DrillCountRow } from '../db/sql/drill-counts-sql';

/** Outcomes a later police.uk download may still revise. */
export const PENDING_OUTCOMES = [
	'Under investigation',
	'Awaiting court outcome',
	'Status update unavailable'
] as const;

/** One row of a drill-down table: counts, shares of the level's total, change and flags. */
export interface DrillRow {
	label: string;
	current: number;
	base: number;
	currentShare: number;
	baseShare: number;
	change: number | null;
	/** Still open: a later download may revise it. */
	pending: boolean;
	/** Inside the partnership's area (LSOAs), null when the level has no places. */
	inside: boolean | null;
}

const pct = (part: number, whole: number) => (whole ? part / whole : 0);

/**
 * Shapes grouped counts into table rows; a missing value reads as `missing`, an LSOA is inside
 * when its name starts with the partnership's name.
 * @example drillRows({ rows: [{ key: 'Charged', name: null, current: 2, base: 1, current_total: 2, base_total: 1 }], missing: 'No outcome recorded' })
 */
export function drillRows(opts: {
	rows: readonly DrillCountRow[];
	missing: string;
	partnership?: string;
}): { rows: DrillRow[]; current: number; base: number } {
	const current = opts.rows[0]?.current_total ?? 0;
	const base = opts.rows[0]?.base_total ?? 0;
	const rows = opts.rows.map((r) => {
		const key = r.key ?? opts.missing;
		const label = r.name ? `${r.name} (${key})` : key;
		const inside =
			opts.partnership && r.name !== null
				? r.name.toLowerCase().startsWith(opts.partnership.toLowerCase())
				: null;
		return {
			label,
			current: r.current,
			base: r.base,
			currentShare: pct(r.current, current),
			baseShare: pct(r.base, base),
			change: r.base ? (r.current - r.base) / r.base : null,
			pending: r.key === null || (PENDING_OUTCOMES as readonly string[]).includes(r.key),
			inside
		};
	});
	return { rows, current, base };
}
