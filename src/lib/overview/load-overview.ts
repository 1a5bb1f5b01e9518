import type { Connector } from '../db/connector';
import { coveredMonthsSql, seriesSql } from '../db/sql/coverage-sql';
import type { Comparison } from '../compare/comparison';
import { runComparison } from '../compare/run-comparison';
import { selectRows } from '../compare/select-rows';
import type { ComparisonBasis } from '../periods/comparison-period';
import { formatPeriodToken } from '../periods/format-period-token';
import { parsePeriod } from '../periods/parse-period';
import type { Period } from '../periods/period';
import { resolvePeriod } from '../periods/resolve-period';
import { periodChoices, type PeriodChoices } from './period-choices';
import { populationsSql } from '../db/sql/populations-sql';

/** A source and area the store holds, with the months it covers. */
export interface Series {
	source: string;
	area: string;
	first_month: string;
	last_month: string;
	months: number;
}

/** Everything the overview page shows; the same for the server and the browser engine. */
export interface OverviewData {
	series: Series | null;
	/** Months with data, newest first, for the month picker. */
	months: string[];
	/** The chosen month, or the last month of the chosen period. */
	month: string | null;
	/** The chosen comparison, then the financial year to date (unless that is the one chosen). */
	tables: Comparison[];
	/** Token of the chosen period, e.g. 'FY2020-21'. */
	period?: string | null;
	/** The base as asked for: 'yoy', 'previous' or a period token. */
	vs?: string;
	/** The chosen comparison (also `tables[0]`). */
	comparison?: Comparison | null;
	/** The financial year to date ending at `month`, against the same months a year earlier. */
	fytd?: Comparison | null;
	/** What the period and base pickers offer. */
	choices?: PeriodChoices | null;
	/** Why the period or base asked for could not be used (the defaults were shown instead). */
	problem?: string | null;
	/** Populations a rate can be worked out per 1,000 of, e.g. 'residents'. */
	populations?: string[];
	/** The rows shown: omitted, categories; 'all', the groups. */
	group?: string | null;
	/** The population rates are per 1,000 of, or null for counts only. */
	rate?: string | null;
}

const POLICE = 'police-street';

function basis(vs: string | null | undefined): ComparisonBasis {
	if (!vs || vs === 'yoy' || vs === 'previous') return (vs || 'yoy') as ComparisonBasis;
	return parsePeriod(vs);
}

/**
 * Loads the headline comparisons: a period (by token; else a month; else the latest month with
 * data) against its base (a year earlier unless `vs` says 'previous' or names a period), plus the
 * financial year to date ending at the same month, and the choices for the pickers.
 * @example await loadOverview({ db, period: 'FY2021-22:Q1', vs: 'previous' })
 */
export async function loadOverview(opts: {
	db: Connector;
	month?: string | null;
	period?: string | null;
	vs?: string | null;
	/** Rows to show, as `compare --group`: omitted, the total and categories; 'all', the groups. */
	group?: string | null;
	/** A population to show rates per 1,000 of. */
	rate?: string | null;
}): Promise<OverviewData> {
	const { db } = opts;
	const all = await db.query<Series & Record<string, unknown>>(seriesSql());
	const series = all.find((s) => s.source === POLICE) ?? null;
	if (!series) return { series: null, months: [], month: null, tables: [] };
	const rows = await db.query<{ month: string }>(coveredMonthsSql(series));
	const months = rows.map((r) => r.month).reverse();
	const latest = months[0]!;
	const common = { db, source: series.source, area: series.area };
	let problem: string | null = null;
	let period: Period = {
		kind: 'month',
		month: opts.month && months.includes(opts.month) ? opts.month : latest
	};
	let vs: ComparisonBasis = 'yoy';
	try {
		if (opts.period) period = parsePeriod(opts.period);
		vs = basis(opts.vs);
	} catch (error) {
		problem = (error as Error).message;
	}
	let group = opts.group;
	const found = await db.query<{ population: string }>(populationsSql({ area: series.area }));
	const populations = [...new Set(found.map((r) => r.population))].sort();
	let rate = opts.rate && populations.includes(opts.rate) ? opts.rate : null;
	const compare = async (p: Period, v: ComparisonBasis) =>
		selectRows({ comparison: await runComparison({ ...common, period: p, vs: v, rate }), group });
	let comparison: Comparison;
	try {
		comparison = await compare(period, vs);
	} catch (error) {
		problem = (error as Error).message;
		[vs, group, rate] = ['yoy', undefined, null];
		comparison = await compare(period, vs);
	}
	const end = resolvePeriod(period).end;
	const month = end < latest ? end : latest;
	// The financial year to date is shown once: not again when the chosen period covers the same
	// months year on year (a financial year to date, or Q1 of a financial year).
	const fytdPeriod: Period = { kind: 'ytd-financial', end: month };
	const range = resolvePeriod(period);
	const fytdRange = resolvePeriod(fytdPeriod);
	const chosenIsFytd =
		vs === 'yoy' && range.start === fytdRange.start && range.end === fytdRange.end;
	const fytd = chosenIsFytd ? comparison : await compare(fytdPeriod, 'yoy');
	return {
		series,
		months,
		month,
		tables: chosenIsFytd ? [comparison] : [comparison, fytd],
		period: formatPeriodToken(period),
		vs: typeof vs === 'string' ? vs : formatPeriodToken(vs),
		comparison,
		fytd,
		choices: periodChoices({ first: series.first_month, last: series.last_month }),
		problem,
		populations,
		group: group ?? null,
		rate
	};
}
