import { compareMeasures } from '../compare/compare-measures';
import { compareMonthly } from '../compare/compare-monthly';
import { countIndex, sumCounts } from '../compare/count-index';
import { loadStoreFacts } from '../compare/load-store-facts';
import { seriesKey, type Series, type StoreFacts } from '../compare/store-facts';
import type { Connector, Row } from '../db/connector';
import { measureValuesSql, type MeasureValueRow } from '../db/sql/measure-values-sql';
import { monthlyCountsSql, type MonthlyCountRow } from '../db/sql/monthly-counts-sql';
import { loadSubcategorySeries } from './subcategory-series';
import { parsePeriod } from '../periods/parse-period';
import { listMonths } from '../periods/month';
import type { Direction } from '../stats/direction';
import type { Unit } from '../stats/format-value';
import { countRowMembers } from './count-row-members';
import { partnershipOf } from './partnership-areas';
import { UnknownSeriesError, type SeriesData } from './series-data';

const basis = (vs?: string | null) =>
	!vs || vs === 'yoy' || vs === 'previous'
		? ((vs || 'yoy') as 'yoy' | 'previous')
		: parsePeriod(vs);

function findSeries(facts: StoreFacts, source: string, area: string): Series {
	const wanted = area.toLowerCase();
	const matches = facts.series.filter((s) => s.source === source);
	const found =
		matches.find((s) => s.area.toLowerCase() === wanted) ??
		matches.find((s) => partnershipOf(s.area).toLowerCase() === wanted);
	if (found) return found;
	const areas = matches.map((s) => `"${s.area}"`).join(', ');
	throw new UnknownSeriesError(
		`No ${source} data for "${area}"${areas ? `; its areas are ${areas}` : ''}.`
	);
}

/**
 * One row's full history for a series page (a category, `group:<name>`, a total or a partner
 * measure), with its breaks, target and, when a period is given, its comparison. One query given
 * the store facts. Throws UnknownSeriesError for a source, area or key the store does not hold.
 * @example await loadSeries({ db, source: 'lfb', area: 'City of London', key: 'Fire', period: 'FY2021-22' })
 */
export async function loadSeries(opts: {
	db: Connector;
	facts?: StoreFacts;
	source: string;
	area: string;
	key: string;
	period?: string | null;
	vs?: string | null;
}): Promise<SeriesData> {
	const facts = opts.facts ?? (await loadStoreFacts({ db: opts.db }));
	const series = findSeries(facts, opts.source, opts.area);
	const { source, area } = series;
	const period = opts.period ? parsePeriod(opts.period) : null;
	const vs = basis(opts.vs);
	const common = {
		source,
		area,
		period: opts.period ?? null,
		vs: period ? (opts.vs ?? 'yoy') : null,
		synthetic: facts.synthetic
	};
	const breaksOf = (members: string[]) =>
		facts.breaks
			.filter((b) => b.source === source && (b.category === null || members.includes(b.category)))
			.map(({ month, note, category }) => ({ month, note, category }));
	if (source === 'measures') {
		const rows = await opts.db.query<MeasureValueRow & Row>(
			measureValuesSql({ areas: [area], measure: opts.key })
		);
		if (!rows.length) throw new UnknownSeriesError(`No measure "${opts.key}" in ${area}.`);
		const monthly = rows.some((r) => r.start === r.end)
			? rows.filter((r) => r.start === r.end)
			: rows;
		const at = new Map(monthly.map((r) => [r.end, r.value]));
		const [first, last] = [monthly[0]!.end, monthly.at(-1)!.end];
		const compared = period
			? compareMeasures({ rows, source, area, period, vs, latestMonth: series.last_month })
			: null;
		const latest = rows.at(-1)!;
		return {
			...common,
			key: opts.key,
			label: opts.key,
			kind: 'measure',
			members: [opts.key],
			unit: latest.unit as Unit,
			direction: latest.direction as Direction,
			months: listMonths({ start: first, end: last }).map((month) => ({
				month,
				value: at.get(month) ?? null
			})),
			breaks: breaksOf([opts.key]),
			target: rows.filter((r) => r.target !== null).at(-1)?.target ?? null,
			targetRecord: null,
			comparison: null,
			measure: compared?.rows[0] ?? null,
			comparedLabel: compared
				? `${compared.periodLabel} compared with ${compared.baseLabel}`
				: null,
			first,
			last
		};
	}
	const row = countRowMembers({ facts, series, key: opts.key });
	const range = { start: series.first_month, end: series.last_month };
	const key = seriesKey(series);
	// A fire incident kind is read from the kind counts, its category's breaks its own.
	const kind =
		row.kind === 'subcategory'
			? await loadSubcategorySeries({ db: opts.db, facts, series, key: row.key })
			: null;
	const counts = kind
		? []
		: await opts.db.query<MonthlyCountRow & Row>(
				monthlyCountsSql({ areas: [area], ranges: [range] })
			);
	const index = kind?.index ?? countIndex({ rows: counts.filter((c) => c.source === source) });
	const covered = new Set(kind?.covered ?? facts.covered[key] ?? []);
	const comparison = period
		? compareMonthly({ facts: kind?.facts ?? facts, index, source, area, period, vs })
		: null;
	const compared = comparison?.rows.find((r) => r.key === row.key) ?? null;
	return {
		...common,
		...row,
		unit: 'count',
		direction: 'down',
		months: listMonths(range).map((month) => ({
			month,
			value: covered.has(month)
				? sumCounts({ index, key, categories: row.members, months: [month] })
				: null
		})),
		breaks: breaksOf(kind ? [...row.members, kind.parent] : row.members),
		target: null,
		targetRecord: compared?.target?.target ?? null,
		comparison: compared,
		measure: null,
		comparedLabel: comparison?.comparedLabel ?? null,
		first: series.first_month,
		last: series.last_month
	};
}
