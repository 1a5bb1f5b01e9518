import type { Comparison } from '../compare/comparison';
import { compareMonthly } from '../compare/compare-monthly';
import { countIndex } from '../compare/count-index';
import { loadStoreFacts } from '../compare/load-store-facts';
import { selectRows } from '../compare/select-rows';
import { seriesKey, type StoreFacts } from '../compare/store-facts';
import type { Connector, Row } from '../db/connector';
import { CURRENT_VIEWS, type CurrentTables } from '../db/sql/current-tables-sql';
import { measureValuesSql, type MeasureValueRow } from '../db/sql/measure-values-sql';
import { monthlyCountsSql, type MonthlyCountRow } from '../db/sql/monthly-counts-sql';
import {
	monthlySubcategoryCountsSql,
	type MonthlySubcategoryCountRow
} from '../db/sql/monthly-subcategory-counts-sql';
import { subcategoryIndex } from '../compare/subcategory-key';
import { comparisonPeriod } from '../periods/comparison-period';
import { formatPeriodToken } from '../periods/format-period-token';
import type { Period } from '../periods/period';
import { resolvePeriod } from '../periods/resolve-period';
import { overviewChoices } from './overview-choices';
import { overviewRanges } from './overview-ranges';
import { overviewSections } from './overview-sections';
import { findPartnership, partnershipAreas } from './partnership-areas';
import { periodChoices } from './period-choices';
import type { OverviewData } from './overview-data';
import { sparkRange } from './section-sparks';

export type { Series } from '../compare/store-facts';
export type { OverviewData } from './overview-data';

/**
 * Loads the overview of a partnership (the one with most data unless `area` names one): the
 * headline comparisons of a period (by token; else a month; else the latest month with data)
 * against its base, the financial year to date, and a section per source. Pass `facts` (from
 * `loadStoreFacts`) to spend only two queries: the counts and the measures it needs.
 * @example await loadOverview({ db, facts, period: 'FY2021-22:Q1', vs: 'previous', area: 'City of London' })
 */
export async function loadOverview(opts: {
	db: Connector;
	facts?: StoreFacts;
	month?: string | null;
	period?: string | null;
	vs?: string | null;
	area?: string | null;
	/** Rows to show, as `compare --group`: omitted, the total and categories; 'all', the groups. */
	group?: string | null;
	/** A population to show rates per 1,000 of. */
	rate?: string | null;
	/** Where the current figures are read (the views unless copies are kept). */
	tables?: CurrentTables;
}): Promise<OverviewData> {
	const { db } = opts;
	const tables = opts.tables ?? CURRENT_VIEWS;
	const facts = opts.facts ?? (await loadStoreFacts({ db }));
	const partnerships = partnershipAreas({ series: facts.series });
	const areas = partnerships.map((p) => p.name).sort();
	let problem: string | null = null;
	let chosen = opts.area ? findPartnership({ partnerships, area: opts.area }) : partnerships[0];
	if (!chosen && partnerships.length) {
		problem = `No data for the area "${opts.area}"; the areas are ${areas.map((a) => `"${a}"`).join(', ')}.`;
		chosen = partnerships[0];
	}
	const counted = chosen?.series.filter((s) => s.source !== 'measures') ?? [];
	const series = counted.find((s) => s.source === 'police-street') ?? counted[0] ?? null;
	const timeline = series ?? chosen?.series[0];
	const synthetic = facts.synthetic;
	const none = { series: null, months: [], month: null, tables: [] };
	if (!chosen || !timeline) return { ...none, sections: [], areas, area: null, synthetic };
	const months = [...(facts.covered[seriesKey(timeline)] ?? [])].reverse();
	const c = overviewChoices({
		...opts,
		months,
		populations: facts.populations,
		area: timeline.area
	});
	problem ??= c.problem;
	const month = c.month;
	const fytdPeriod: Period = { kind: 'ytd-financial', end: month };
	const [range, fytdRange] = [resolvePeriod(c.period), resolvePeriod(fytdPeriod)];
	const chosenIsFytd =
		c.vs === 'yoy' && range.start === fytdRange.start && range.end === fytdRange.end;
	const pairs = [
		[c.period, c.base] as const,
		[fytdPeriod, comparisonPeriod({ period: fytdPeriod, vs: 'yoy' })] as const
	];
	const ranges = overviewRanges({ facts, series: counted, pairs });
	const partners = chosen.series.map((s) => s.area);
	const counts = await db.query<MonthlyCountRow & Row>(
		monthlyCountsSql({ areas: partners, ranges, from: tables.counts })
	);
	const measured = chosen.series.some((s) => s.source === 'measures');
	const measureRanges = [range, resolvePeriod(c.base), sparkRange({ end: range.end })];
	const measureRows = measured
		? await db.query<MeasureValueRow & Row>(
				measureValuesSql({ areas: partners, ranges: measureRanges, from: tables.measures })
			)
		: [];
	// Fire incidents' kinds (Primary Fire, RTC…), nested under their groups; one more query.
	const kinds = chosen.series.some((s) => s.source === 'lfb')
		? subcategoryIndex({
				rows: await db.query<MonthlySubcategoryCountRow & Row>(
					monthlySubcategoryCountsSql({ areas: partners, ranges, from: tables.subcategories })
				)
			})
		: undefined;
	const index = countIndex({ rows: counts });
	const { vs } = c;
	let { group, rate } = c;
	const compare = (period: Period, basis: typeof vs) =>
		series
			? selectRows({
					comparison: compareMonthly({ facts, index, ...series, period, vs: basis, rate }),
					group
				})
			: null;
	let comparison: Comparison | null;
	try {
		comparison = compare(c.period, vs);
	} catch (error) {
		problem = (error as Error).message;
		[group, rate] = [undefined, null];
		comparison = compare(c.period, vs);
	}
	const fytd = chosenIsFytd ? comparison : compare(fytdPeriod, 'yoy');
	const sections = overviewSections({
		facts,
		index,
		measureRows,
		series: chosen.series,
		period: c.period,
		vs,
		rate,
		group,
		kinds
	});
	return {
		series,
		months,
		month,
		tables: comparison ? (chosenIsFytd ? [comparison] : [comparison, fytd!]) : [],
		period: formatPeriodToken(c.period),
		vs: typeof vs === 'string' ? vs : formatPeriodToken(vs),
		comparison,
		fytd,
		choices: periodChoices({ first: timeline.first_month, last: timeline.last_month }),
		problem,
		populations: c.populations,
		group: group ?? null,
		rate,
		sections,
		areas,
		area: chosen.name,
		synthetic
	};
}
