import { ASB } from '../ingest/police/police-layout';
import { compareCounts } from '../stats/compare-counts';
import type { Direction } from '../stats/direction';
import type { CountRow } from './comparison';

export const ALL_CRIME = 'All crime';
/** The total row of London Fire Brigade incidents. */
export const ALL_INCIDENTS = 'All incidents';
/** LFB incident groups in the order the brigade reports them. */
export const LFB_GROUPS = ['Fire', 'Special Service', 'False Alarm'];

function total(key: string, label: string, rows: CountRow[], direction: Direction): CountRow {
	const now = rows.reduce((sum, r) => sum + r.comparison.now, 0);
	const then = rows.reduce((sum, r) => sum + r.comparison.then, 0);
	return {
		key,
		label,
		kind: 'total',
		members: rows.map((r) => r.key),
		comparison: compareCounts({ now, then, direction })
	};
}

const rank = (key: string) =>
	LFB_GROUPS.includes(key) ? LFB_GROUPS.indexOf(key) : LFB_GROUPS.length;

/**
 * Puts a table in committee order. police.uk: all crime (ASB excluded) first, the crime types,
 * then ASB, which police.uk counts separately from crime. LFB: all incidents, then Fire, Special
 * Service and False Alarm. Other sources keep their order.
 * @example orderRows({ source: 'police-street', rows, direction: 'down' })
 */
export function orderRows(opts: {
	source: string;
	rows: CountRow[];
	direction: Direction;
}): CountRow[] {
	if (!opts.rows.length) return opts.rows;
	if (opts.source === 'lfb') {
		const rows = [...opts.rows].sort((a, b) => rank(a.key) - rank(b.key));
		return [total(ALL_INCIDENTS, ALL_INCIDENTS, rows, opts.direction), ...rows];
	}
	if (opts.source !== 'police-street') return opts.rows;
	const crimes = opts.rows.filter((r) => r.key !== ASB);
	const asb = opts.rows.filter((r) => r.key === ASB);
	return [total(ALL_CRIME, 'All crime (excluding ASB)', crimes, opts.direction), ...crimes, ...asb];
}
