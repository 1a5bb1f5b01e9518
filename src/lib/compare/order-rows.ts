import { ASB } from '../ingest/police/police-layout';
import { compareCounts } from '../stats/compare-counts';
import type { Direction } from '../stats/direction';
import type { CountRow } from './comparison';

export const ALL_CRIME = 'All crime';

/**
 * Puts a police.uk table in committee order: all crime (ASB excluded) first, the crime types,
 * then ASB, which police.uk counts separately from crime.
 * @example orderRows({ source: 'police-street', rows, direction: 'down' })
 */
export function orderRows(opts: {
	source: string;
	rows: CountRow[];
	direction: Direction;
}): CountRow[] {
	if (opts.source !== 'police-street' || !opts.rows.length) return opts.rows;
	const crimes = opts.rows.filter((r) => r.key !== ASB);
	const asb = opts.rows.filter((r) => r.key === ASB);
	const now = crimes.reduce((sum, r) => sum + r.comparison.now, 0);
	const then = crimes.reduce((sum, r) => sum + r.comparison.then, 0);
	const total: CountRow = {
		key: ALL_CRIME,
		label: 'All crime (excluding ASB)',
		kind: 'total',
		members: crimes.map((r) => r.key),
		comparison: compareCounts({ now, then, direction: opts.direction })
	};
	return [total, ...crimes, ...asb];
}
