import type { TargetRecord } from '../config/config-records';
import type { BreakRow } from '../db/sql/breaks-sql';
import type { GroupRow } from '../db/sql/groups-sql';
import type { PopulationRow } from '../db/sql/populations-sql';

/** A source and area the store holds, with the months it covers. */
export interface Series {
	source: string;
	area: string;
	first_month: string;
	last_month: string;
	months: number;
}

/**
 * What does not change between one choice of period, base or rows and the next: read once per
 * store version (`loadStoreFacts`) and passed to every comparison, so a switch costs only counts.
 */
export interface StoreFacts {
	/** Every source and area, most months first. */
	series: Series[];
	/** Months with data per `seriesKey`, oldest first. */
	covered: Record<string, string[]>;
	/** Categories per `seriesKey`, A to Z. */
	categories: Record<string, string[]>;
	groups: GroupRow[];
	breaks: BreakRow[];
	targets: TargetRecord[];
	populations: PopulationRow[];
	/** Every upload in the store is one of the bundled synthetic sample files. */
	synthetic: boolean;
}

/** The key of a source and area in `StoreFacts` maps. @example seriesKey({ source: 'lfb', area: 'City of London' }) */
export function seriesKey(opts: { source: string; area: string }): string {
	return JSON.stringify([opts.source, opts.area]);
}
