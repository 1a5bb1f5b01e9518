import type { MeasureValueRow } from '../db/sql/measure-values-sql';
import { comparisonPeriod, type ComparisonBasis } from '../periods/comparison-period';
import { labelPeriod } from '../periods/label-period';
import { countMonths, monthToIndex } from '../periods/month';
import type { Period } from '../periods/period';
import { resolvePeriod } from '../periods/resolve-period';
import { compareCounts } from '../stats/compare-counts';
import { changeStatus, type Direction } from '../stats/direction';
import { evaluateTarget } from '../stats/evaluate-target';
import { formatValue, type Unit } from '../stats/format-value';
import { comparedTexts } from './compared-texts';
import type { MeasureComparison, MeasureRow } from './measure-comparison';
import { measureFigures } from './measure-figures';
import { narrateMeasure } from './narrate-measure';

/** How far short of a percent target still counts as close (Amber), in percentage points. */
export const PERCENT_CLOSE_POINTS = 5;

const round1 = (x: number) => Math.round(x * 10) / 10;
const signed = (x: number, unit: string) =>
	`${x > 0 ? '+' : x < 0 ? '-' : ''}${formatValue({ value: Math.abs(x) })}${unit}`;

function contiguous(months: string[]): boolean {
	return (
		months.length > 0 &&
		monthToIndex(months.at(-1)!) - monthToIndex(months[0]!) === months.length - 1
	);
}

/**
 * Compares every partner measure of an area over a period with its base (a year earlier by
 * default): counts summed, percent and rate averaged, change in points for percent, target
 * and RAG (Green on target; Amber within 5 points of a percent target or 5% of another; Red).
 * `latestMonth` (the last month the source has) tells a period in progress from one with gaps.
 * @example compareMeasures({ rows, source: 'measures', area: 'City of London', period: { kind: 'financial-year', startYear: 2021 } })
 */
export function compareMeasures(opts: {
	rows: readonly MeasureValueRow[];
	source: string;
	area: string;
	period: Period;
	vs?: ComparisonBasis;
	latestMonth?: string | null;
}): MeasureComparison {
	const base = comparisonPeriod({ period: opts.period, vs: opts.vs ?? 'yoy' });
	const [now, then] = [resolvePeriod(opts.period), resolvePeriod(base)];
	const [periodLabel, baseLabel] = [labelPeriod(opts.period), labelPeriod(base)];
	const mine = opts.rows.filter((r) => r.source === opts.source && r.area === opts.area);
	const names = [...new Set(mine.map((r) => r.measure))];
	const rows = names.flatMap((name): MeasureRow[] => {
		const values = mine.filter((r) => r.measure === name);
		const f = measureFigures({ rows: values, now, then });
		if (f.now === null && f.then === null) return [];
		const last = values.at(-1)!;
		const unit = last.unit as Unit;
		const direction = last.direction as Direction;
		const both = f.now !== null && f.then !== null;
		const change = both ? round1(f.now! - f.then!) : null;
		const pctOf =
			both && unit !== 'percent' && f.now! >= 0 && f.then! >= 0
				? compareCounts({ now: f.now!, then: f.then!, direction })
				: null;
		const evaluation =
			f.target !== null && f.now !== null
				? evaluateTarget({
						value: f.now,
						target: { kind: 'threshold', value: f.target },
						direction,
						unit,
						closeMargin: unit === 'percent' ? PERCENT_CLOSE_POINTS : undefined
					})
				: null;
		const latest = opts.latestMonth ?? f.compared.now.at(-1) ?? now.start;
		const inProgress = f.missing.now.length > 0 && f.missing.now.every((m) => m > latest);
		const complete = !f.missing.now.length && !f.missing.then.length;
		const row = {
			key: name,
			label: name,
			unit,
			direction,
			...f,
			change,
			changeLabel: change === null ? 'n/a' : signed(change, unit === 'percent' ? ' pts' : ''),
			pct: pctOf?.pct ?? null,
			pctLabel: pctOf?.pctLabel ?? 'n/a',
			status: change === null ? null : changeStatus({ change, direction }),
			evaluation,
			complete
		};
		const texts = comparedTexts({
			complete,
			compared: f.compared,
			comparedRange:
				contiguous(f.compared.now) && contiguous(f.compared.then)
					? {
							now: { start: f.compared.now[0]!, end: f.compared.now.at(-1)! },
							then: { start: f.compared.then[0]!, end: f.compared.then.at(-1)! }
						}
					: null,
			length: countMonths(now),
			periodLabel,
			baseLabel,
			missing: f.missing,
			inProgress
		});
		return [{ ...row, narrative: narrateMeasure({ row, texts, periodLabel, baseLabel }) }];
	});
	return {
		source: opts.source,
		area: opts.area,
		period: opts.period,
		base,
		periodLabel,
		baseLabel,
		rows
	};
}
