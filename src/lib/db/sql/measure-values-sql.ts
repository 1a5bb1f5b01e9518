import type { Query } from '../connector';
import type { MonthRange } from '../../periods/month';
import { CURRENT_VIEWS } from './current-tables-sql';
import { joinSql } from './join-sql';
import { monthParam, quoteIdent } from './quote';

/** One stored value of a partner measure, for a month or a longer period. */
export interface MeasureValueRow {
	source: string;
	area: string;
	measure: string;
	/** As written in the file, e.g. '2021-06', '2021-Q2', '2021/22'. */
	period: string;
	/** First and last month the value covers, `YYYY-MM`. */
	start: string;
	end: string;
	value: number;
	unit: string;
	target: number | null;
	direction: string;
}

/**
 * Current measure values in the given areas lying wholly inside one of the month ranges (all of
 * them when `ranges` is omitted), optionally of one measure, oldest first.
 * @example measureValuesSql({ areas: ['City of London'], ranges: [{ start: '2020-04', end: '2022-03' }] })
 */
export function measureValuesSql(opts: {
	areas: readonly string[];
	ranges?: readonly MonthRange[];
	measure?: string;
	/** Where the current values are read: the view, or a copy of it (see `copyCurrentTablesSql`). */
	from?: string;
}): Query {
	const inside = joinSql({
		parts: (opts.ranges ?? []).map((r) => ({
			sql: '(period_start >= ? AND period_end <= ?)',
			params: [monthParam(r.start), monthParam(r.end)]
		})),
		separator: ' OR '
	});
	const areas = opts.areas.length ? `area IN (${opts.areas.map(() => '?').join(', ')})` : 'false';
	const ranges = opts.ranges ? ` AND (${inside.sql || 'false'})` : '';
	const measure = opts.measure === undefined ? '' : ' AND measure = ?';
	return {
		sql: `SELECT source, area, measure, period, strftime(period_start, '%Y-%m') AS start,
	strftime(period_end, '%Y-%m') AS "end", value, unit, target, direction
FROM ${quoteIdent(opts.from ?? CURRENT_VIEWS.measures)}
WHERE ${areas}${ranges}${measure}
ORDER BY source, area, measure, period_start, period_end`,
		params: [...opts.areas, ...inside.params, ...(opts.measure === undefined ? [] : [opts.measure])]
	};
}
