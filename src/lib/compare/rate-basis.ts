import type { PopulationRow } from '../db/sql/populations-sql';
import { yearOf } from '../periods/month';
import type { Period } from '../periods/period';
import { periodMonths } from '../periods/resolve-period';
import { compareCounts } from '../stats/compare-counts';
import type { Direction } from '../stats/direction';
import type { RateBasis, RowRate } from './comparison';

/** Rates are per this many people. */
export const RATE_PER = 1000;

// A period's population year is the year of its middle month: 2020 for 2020-21, 2021 for 2021.
function middleYear(period: Period): number {
	const months = periodMonths(period);
	return yearOf(months[Math.floor((months.length - 1) / 2)]!);
}

// The denominator for the year nearest the one wanted (the earlier one on a tie).
function nearest(rows: PopulationRow[], year: number): PopulationRow {
	return rows.reduce((best, r) =>
		Math.abs(r.year - year) < Math.abs(best.year - year) ||
		(Math.abs(r.year - year) === Math.abs(best.year - year) && r.year < best.year)
			? r
			: best
	);
}

/**
 * The denominators for a comparison: a named population's figure for the year of each period
 * (or the nearest year stored), named with its year in the label. Throws when there is none.
 * @example rateBasis({ population: 'residents', area: 'City of London Police', rows, period, base }).label // 'per 1,000 residents (2021)'
 */
export function rateBasis(opts: {
	population: string;
	area: string;
	rows: PopulationRow[];
	period: Period;
	base: Period;
}): RateBasis {
	if (!opts.rows.length) {
		throw new Error(
			`No "${opts.population}" figures for ${opts.area}: add them to data/config/populations.csv ` +
				`(area,year,population,value) and run "npm run cli -- config load"`
		);
	}
	const now = nearest(opts.rows, middleYear(opts.period));
	const then = nearest(opts.rows, middleYear(opts.base));
	const years =
		now.year === then.year ? `${now.year}` : `${now.year}; ${then.year} for the base period`;
	return {
		population: now.population,
		per: RATE_PER,
		now: { year: now.year, value: now.value },
		then: { year: then.year, value: then.value },
		label: `per ${RATE_PER.toLocaleString('en-GB')} ${now.population} (${years})`
	};
}

/** A row's counts as rates on a basis. @example rowRate({ basis, now: 43, then: 86, direction: 'down' }).now // 5 (per 1,000 of 8,600) */
export function rowRate(opts: {
	basis: RateBasis;
	now: number;
	then: number;
	direction: Direction;
}): RowRate {
	const now = (opts.now / opts.basis.now.value) * opts.basis.per;
	const then = (opts.then / opts.basis.then.value) * opts.basis.per;
	return {
		now,
		then,
		comparison: compareCounts({ now, then, direction: opts.direction }),
		label: opts.basis.label
	};
}
