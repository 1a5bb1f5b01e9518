import type { PopulationRow } from '../db/sql/populations-sql';
import { comparisonPeriod, type ComparisonBasis } from '../periods/comparison-period';
import { parsePeriod } from '../periods/parse-period';
import type { Period } from '../periods/period';
import { resolvePeriod } from '../periods/resolve-period';

/** The overview's choices made usable: the period, its base, the rate and rows, and why not. */
export interface OverviewChoices {
	period: Period;
	vs: ComparisonBasis;
	base: Period;
	/** The chosen month, or the last month of the period (never after the latest month with data). */
	month: string;
	group: string | null | undefined;
	rate: string | null;
	populations: string[];
	problem: string | null;
}

function basis(vs: string | null | undefined): ComparisonBasis {
	if (!vs || vs === 'yoy' || vs === 'previous') return (vs || 'yoy') as ComparisonBasis;
	return parsePeriod(vs);
}

/**
 * Reads the period, base, rows and rate asked for against the months with data (newest first):
 * a period token, else a month, else the latest month; a base a year earlier unless `vs` says
 * 'previous' or names a period of the same length. A bad choice falls back to the default and
 * `problem` says why. A rate is kept only if the area has that population.
 * @example overviewChoices({ months, populations, area, period: 'FY2021-22', vs: 'yoy' }).base // { kind: 'financial-year', startYear: 2020 }
 */
export function overviewChoices(opts: {
	months: readonly string[];
	populations: readonly PopulationRow[];
	area: string;
	month?: string | null;
	period?: string | null;
	vs?: string | null;
	group?: string | null;
	rate?: string | null;
}): OverviewChoices {
	const latest = opts.months[0]!;
	let problem: string | null = null;
	let period: Period = {
		kind: 'month',
		month: opts.month && opts.months.includes(opts.month) ? opts.month : latest
	};
	let vs: ComparisonBasis = 'yoy';
	try {
		if (opts.period) period = parsePeriod(opts.period);
		vs = basis(opts.vs);
	} catch (error) {
		problem = (error as Error).message;
	}
	let base: Period;
	try {
		base = comparisonPeriod({ period, vs });
	} catch (error) {
		problem = (error as Error).message;
		vs = 'yoy';
		base = comparisonPeriod({ period, vs });
	}
	const found = opts.populations.filter((p) => p.area === opts.area);
	const populations = [...new Set(found.map((r) => r.population))].sort();
	const rate = opts.rate && populations.includes(opts.rate) ? opts.rate : null;
	const end = resolvePeriod(period).end;
	return {
		period,
		vs,
		base,
		month: end < latest ? end : latest,
		group: opts.group,
		rate,
		populations,
		problem
	};
}
