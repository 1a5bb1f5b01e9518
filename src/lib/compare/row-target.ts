import type { TargetRecord } from '../config/config-records';
import type { Direction } from '../stats/direction';
import { evaluateTarget } from '../stats/evaluate-target';
import type { Target } from '../stats/target';
import type { CountRow, RowTarget } from './comparison';

/** A fixed baseline period's figures per row key, from the same gap-safe SQL. */
export interface BaselineFigures {
	label: string;
	length: number;
	/** Every month of the baseline period has data. */
	complete: boolean;
	values: Map<string, number>;
}

/** What a target needs to know about the comparison its row belongs to. */
export interface TargetContext {
	periodToken: string;
	periodLabel: string;
	length: number;
	complete: boolean;
	inProgress: boolean;
	/** What the row's `then` figure covers, e.g. "April–June 2020". */
	baseText: string;
	direction: Direction;
	baselines: Map<string, BaselineFigures>;
}

function applies(t: TargetRecord, row: CountRow, c: TargetContext): boolean {
	if (t.category !== row.key || (t.period !== 'any' && t.period !== c.periodToken)) return false;
	if (t.baseline === null || t.baseline === 'base') return true;
	// A fixed baseline only serves periods of its own length (a year against a year).
	return c.baselines.get(t.baseline)?.length === c.length;
}

const specificity = (t: TargetRecord) => (t.period === 'any' ? 0 : 2) + (t.area === null ? 0 : 1);

function goal(t: TargetRecord, baseline: number, label: string): Target {
	if (t.kind === 'threshold') return { kind: 'threshold', value: t.value ?? 0 };
	if (t.kind === 'beat-baseline') return { kind: 'beat-baseline', baseline, baselineLabel: label };
	return { kind: 'change-on-baseline', percent: t.value ?? 0, baseline, baselineLabel: label };
}

/**
 * The most specific target for a row (this period over "any", this area over every area) and how
 * the row stands against it; null when no target applies.
 * @example rowTarget({ targets, row, context }).evaluation?.words // 'On target: 44 against a target of …'
 */
export function rowTarget(opts: {
	targets: TargetRecord[];
	row: CountRow;
	context: TargetContext;
}): RowTarget | null {
	const c = opts.context;
	const [target] = opts.targets
		.filter((t) => applies(t, opts.row, c))
		.sort((a, b) => specificity(b) - specificity(a));
	if (!target) return null;
	const unjudged = (reason: string): RowTarget => ({ target, evaluation: null, reason });
	let baseline = opts.row.comparison.then;
	let label = c.baseText;
	if (target.kind === 'threshold' || (target.baseline !== 'base' && target.baseline !== null)) {
		if (!c.complete)
			return unjudged(
				`${c.periodLabel} ${c.inProgress ? 'is not yet complete' : 'has months without data'}, so the target for the whole period cannot be judged`
			);
	}
	if (target.kind !== 'threshold' && target.baseline !== 'base' && target.baseline !== null) {
		const figures = c.baselines.get(target.baseline)!;
		if (!figures.complete)
			return unjudged(
				`${figures.label} has months without data, so it cannot serve as the baseline`
			);
		baseline = figures.values.get(opts.row.key) ?? 0;
		label = figures.label;
	}
	const evaluation = evaluateTarget({
		value: opts.row.comparison.now,
		target: goal(target, baseline, label),
		direction: c.direction,
		closeMargin: target.closeMargin ?? undefined
	});
	return { target, evaluation, reason: null };
}
