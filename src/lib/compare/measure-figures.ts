import type { MeasureValueRow } from '../db/sql/measure-values-sql';
import { countMonths, listMonths, monthToIndex } from '../periods/month';

/** What one measure's values give for a period and its base, before words. */
export interface MeasureFigures {
	now: number | null;
	then: number | null;
	basis: 'sum' | 'mean';
	basisLabel: string;
	/** Targets of the counted values of the period: their sum for counts, the latest otherwise. */
	target: number | null;
	compared: { now: string[]; then: string[] };
	missing: { now: string[]; then: string[] };
}

const SPANS: Record<number, [string, string]> = {
	1: ['month', 'months'],
	3: ['quarter', 'quarters'],
	12: ['year', 'years']
};

const round1 = (x: number) => Math.round(x * 10) / 10;

function figure(values: number[], basis: 'sum' | 'mean'): number | null {
	if (!values.length) return null;
	const sum = values.reduce((a, b) => a + b, 0);
	return basis === 'sum' ? sum : round1(sum / values.length);
}

/**
 * Pairs a measure's values in a period with those at the same offset in its base: values of the
 * shortest span stored (a month, else a quarter, …) lying inside each period, counted only where
 * both sides have one, so a part-filled year is never set against a full one. Counts are summed;
 * percent and rate are the mean of the values (rounded to one decimal, as partners publish them).
 * @example measureFigures({ rows, now: { start: '2021-04', end: '2022-03' }, then: { start: '2020-04', end: '2021-03' } }).basisLabel // 'mean of 12 months'
 */
export function measureFigures(opts: {
	rows: readonly MeasureValueRow[];
	now: { start: string; end: string };
	then: { start: string; end: string };
}): MeasureFigures {
	const span = (r: MeasureValueRow) => countMonths({ start: r.start, end: r.end });
	const inside = (r: MeasureValueRow, p: { start: string; end: string }) =>
		r.start >= p.start && r.end <= p.end;
	const relevant = opts.rows.filter((r) => inside(r, opts.now) || inside(r, opts.then));
	const shortest = Math.min(...relevant.map(span));
	const chosen = relevant.filter((r) => span(r) === shortest);
	const side = (p: { start: string; end: string }) =>
		new Map(
			chosen
				.filter((r) => inside(r, p))
				.map((r) => [monthToIndex(r.start) - monthToIndex(p.start), r] as const)
		);
	const [nowRows, thenRows] = [side(opts.now), side(opts.then)];
	const offsets = [...nowRows.keys()].filter((o) => thenRows.has(o)).sort((a, b) => a - b);
	const unit = chosen[0]?.unit;
	const basis = unit === 'count' ? 'sum' : 'mean';
	// With nothing on one side there is nothing to pair: the other side's own figure is shown.
	const alone = !nowRows.size || !thenRows.size;
	const usedNow = alone ? [...nowRows.values()] : offsets.map((o) => nowRows.get(o)!);
	const usedThen = alone ? [...thenRows.values()] : offsets.map((o) => thenRows.get(o)!);
	const months = (rows: MeasureValueRow[]) => rows.flatMap((r) => listMonths(r));
	const missing = (p: { start: string; end: string }, rows: Map<number, MeasureValueRow>) => {
		const have = new Set(months([...rows.values()]));
		return listMonths(p).filter((m) => !have.has(m));
	};
	const targets = usedNow.map((r) => r.target);
	const target =
		basis === 'sum'
			? targets.length && targets.every((t) => t !== null)
				? targets.reduce((a, b) => a! + b!, 0)
				: null
			: (targets.filter((t) => t !== null).at(-1) ?? null);
	const [one, many] = SPANS[shortest] ?? ['period', 'periods'];
	const n = Math.max(usedNow.length, usedThen.length);
	return {
		now: figure(
			usedNow.map((r) => r.value),
			basis
		),
		then: figure(
			usedThen.map((r) => r.value),
			basis
		),
		basis,
		basisLabel: `${basis} of ${n} ${n === 1 ? one : many}`,
		target,
		compared: { now: months(usedNow), then: months(usedThen) },
		missing: { now: missing(opts.now, nowRows), then: missing(opts.then, thenRows) }
	};
}
