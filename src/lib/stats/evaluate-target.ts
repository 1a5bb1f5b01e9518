import type { Direction } from './direction';
import { formatValue, type Unit } from './format-value';
import { RAG_BY_STATUS, type RagColour, type Target, type TargetStatus } from './target';

/** How a figure stands against its target. */
export interface TargetEvaluation {
	status: TargetStatus;
	rag: RagColour;
	/** The figure to reach (for `beat-baseline`, the baseline to beat). */
	goal: number;
	/** How far the value is on the good side of the goal (negative: short of it). */
	margin: number;
	/** One sentence that does not rely on colour, e.g. "On target: 80% against a target of at least 60%." */
	words: string;
}

const STATUS_WORDS: Readonly<Record<TargetStatus, string>> = {
	'on target': 'On target',
	close: 'Close to target',
	'off target': 'Off target'
};

function describeTarget(target: Target, direction: Direction, unit: Unit, goal: number): string {
	const show = (value: number) => formatValue({ value, unit });
	const base = (baseline: number, label?: string) =>
		label === undefined ? show(baseline) : `${show(baseline)} (${label})`;
	switch (target.kind) {
		case 'threshold':
			return `${direction === 'up' ? 'at least' : 'at most'} ${show(goal)}`;
		case 'beat-baseline':
			return `${direction === 'up' ? 'more' : 'fewer'} than ${base(target.baseline, target.baselineLabel)}`;
		case 'change-on-baseline': {
			const change = direction === 'up' ? 'increase' : 'reduction';
			const bound = direction === 'up' ? 'or more' : 'or fewer';
			return `a ${target.percent}% ${change} on ${base(target.baseline, target.baselineLabel)}, that is ${show(goal)} ${bound}`;
		}
	}
}

function goalOf(target: Target, direction: Direction): number {
	if (target.kind === 'threshold') return target.value;
	if (target.kind === 'beat-baseline') return target.baseline;
	const sign = direction === 'up' ? 1 : -1;
	// Multiplying before dividing keeps whole answers whole (130 × 90 / 100 = 117 exactly).
	return (target.baseline * (100 + sign * target.percent)) / 100;
}

/**
 * Rates a figure against a target: on target (green), close (amber: short by no more than
 * `closeMargin`, in the figure's units; default 5% of the goal) or off target (red).
 * @example evaluateTarget({ value: 80, target: { kind: 'threshold', value: 60 }, direction: 'up', unit: 'percent' }).words // 'On target: 80% against a target of at least 60%.'
 */
export function evaluateTarget({
	value,
	target,
	direction,
	closeMargin,
	unit = 'count'
}: {
	value: number;
	target: Target;
	direction: Direction;
	closeMargin?: number;
	unit?: Unit;
}): TargetEvaluation {
	const goal = goalOf(target, direction);
	const allowance = closeMargin ?? Math.abs(goal) * 0.05;
	for (const [name, number] of Object.entries({ value, goal, closeMargin: allowance })) {
		if (!Number.isFinite(number)) throw new Error(`evaluateTarget: ${name} must be finite`);
	}
	if (allowance < 0) throw new Error(`evaluateTarget: closeMargin must be ≥ 0, got ${allowance}`);
	const margin = direction === 'up' ? value - goal : goal - value;
	const met = target.kind === 'beat-baseline' ? margin > 0 : margin >= 0;
	const status: TargetStatus = met ? 'on target' : -margin <= allowance ? 'close' : 'off target';
	const words = `${STATUS_WORDS[status]}: ${formatValue({ value, unit })} against a target of ${describeTarget(target, direction, unit, goal)}.`;
	return { status, rag: RAG_BY_STATUS[status], goal, margin: margin === 0 ? 0 : margin, words };
}
