import { describe, expect, it } from 'vitest';
import type { Direction } from './direction';
import { evaluateTarget } from './evaluate-target';
import type { Unit } from './format-value';
import type { Target } from './target';

const atLeast60: Target = { kind: 'threshold', value: 60 };
const fewerThan2013: Target = { kind: 'beat-baseline', baseline: 130, baselineLabel: '2013-14' };
const reduce10: Target = {
	kind: 'change-on-baseline',
	percent: 10,
	baseline: 130,
	baselineLabel: '2013-14'
};

describe('evaluateTarget', () => {
	it.each<[number, Target, Direction, Unit, number | undefined, string, string, number]>([
		[80, atLeast60, 'up', 'percent', 5, 'on target', 'green', 20],
		[60, atLeast60, 'up', 'percent', 5, 'on target', 'green', 0],
		[57, atLeast60, 'up', 'percent', 5, 'close', 'amber', -3],
		[54, atLeast60, 'up', 'percent', 5, 'off target', 'red', -6],
		[58, atLeast60, 'up', 'percent', undefined, 'close', 'amber', -2],
		[56, atLeast60, 'up', 'percent', undefined, 'off target', 'red', -4],
		[120, fewerThan2013, 'down', 'count', 5, 'on target', 'green', 10],
		[130, fewerThan2013, 'down', 'count', 5, 'close', 'amber', 0],
		[136, fewerThan2013, 'down', 'count', 5, 'off target', 'red', -6],
		[117, reduce10, 'down', 'count', 3, 'on target', 'green', 0],
		[119, reduce10, 'down', 'count', 3, 'close', 'amber', -2],
		[125, reduce10, 'down', 'count', 3, 'off target', 'red', -8],
		[143, { ...reduce10 }, 'up', 'count', 3, 'on target', 'green', 0]
	])(
		'%d against %j (%s is good)',
		(value, target, direction, unit, closeMargin, status, rag, margin) => {
			const result = evaluateTarget({ value, target, direction, unit, closeMargin });
			expect(result.status).toBe(status);
			expect(result.rag).toBe(rag);
			expect(result.margin).toBeCloseTo(margin, 12);
		}
	);

	it.each<[number, Target, Direction, Unit, string]>([
		[80, atLeast60, 'up', 'percent', 'On target: 80% against a target of at least 60%.'],
		[
			12,
			{ kind: 'threshold', value: 10 },
			'down',
			'count',
			'Off target: 12 against a target of at most 10.'
		],
		[
			130,
			fewerThan2013,
			'down',
			'count',
			'Close to target: 130 against a target of fewer than 130 (2013-14).'
		],
		[
			1250,
			{ kind: 'beat-baseline', baseline: 1200 },
			'up',
			'count',
			'On target: 1,250 against a target of more than 1,200.'
		],
		[
			125,
			reduce10,
			'down',
			'count',
			'Off target: 125 against a target of a 10% reduction on 130 (2013-14), that is 117 or fewer.'
		],
		[
			91,
			{ kind: 'change-on-baseline', percent: 5, baseline: 86 },
			'up',
			'percent',
			'On target: 91% against a target of a 5% increase on 86%, that is 90.3% or more.'
		]
	])('%d against %j says so in words', (value, target, direction, unit, words) => {
		expect(evaluateTarget({ value, target, direction, unit }).words).toBe(words);
	});

	it('computes the goal of a percentage reduction exactly', () => {
		expect(evaluateTarget({ value: 117, target: reduce10, direction: 'down' }).goal).toBe(117);
	});

	it.each([
		[{ value: Number.NaN, target: atLeast60, direction: 'up' as const }, /value must be finite/],
		[{ value: 1, target: atLeast60, direction: 'up' as const, closeMargin: -1 }, /closeMargin/]
	])('refuses %j', (input, message) => {
		expect(() => evaluateTarget(input)).toThrow(message);
	});
});
