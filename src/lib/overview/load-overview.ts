import type { Connector } from '../db/connector';
import { coveredMonthsSql, seriesSql } from '../db/sql/coverage-sql';
import type { Comparison } from '../compare/comparison';
import { runComparison } from '../compare/run-comparison';

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
	month: string | null;
	tables: Comparison[];
}

const POLICE = 'police-street';

/**
 * Loads the headline comparisons for a month (the latest with data by default): the month
 * against the same month a year earlier, and the financial year to date against the same
 * months a year earlier.
 * @example await loadOverview({ db, month: '2021-06' })
 */
export async function loadOverview(opts: {
	db: Connector;
	month?: string | null;
}): Promise<OverviewData> {
	const { db } = opts;
	const all = await db.query<Series & Record<string, unknown>>(seriesSql());
	const series = all.find((s) => s.source === POLICE) ?? null;
	if (!series) return { series: null, months: [], month: null, tables: [] };
	const rows = await db.query<{ month: string }>(coveredMonthsSql(series));
	const months = rows.map((r) => r.month).reverse();
	const month = opts.month && months.includes(opts.month) ? opts.month : months[0]!;
	const common = { db, source: series.source, area: series.area, vs: 'yoy' as const };
	const tables = [
		await runComparison({ ...common, period: { kind: 'month', month } }),
		await runComparison({ ...common, period: { kind: 'ytd-financial', end: month } })
	];
	return { series, months, month, tables };
}
