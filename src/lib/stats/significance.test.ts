import { describe, expect, it } from 'vitest';
import { poissonRateTest } from './poisson-rate-test';
import { clearSignificanceMemo, significance } from './significance';

describe('significance', () => {
	it.each([
		[{ now: 44, then: 50 }, 'within normal variation', false],
		[{ now: 3, then: 0 }, 'within normal variation', true],
		[{ now: 20, then: 39 }, 'beyond normal variation', false],
		[{ now: 10, then: 0 }, 'beyond normal variation', true],
		[{ now: 9, then: 30 }, 'beyond normal variation', true],
		[{ now: 10, then: 10 }, 'within normal variation', false],
		[{ now: 4, then: 2 }, 'within normal variation', true]
	])('%j: %s, small numbers %s', (counts, verdict, smallNumbers) => {
		const result = significance(counts);
		expect(result.verdict).toBe(verdict);
		expect(result.significant).toBe(verdict === 'beyond normal variation');
		expect(result.smallNumbers).toBe(smallNumbers);
		expect(result.pValue).toBe(result.test.pValue);
	});

	it('reports the exact p-value and 95% interval', () => {
		const result = significance({ now: 2, then: 4 });
		expect(result.pValue).toBeCloseTo(0.6875, 12);
		expect(result.test.interval.level).toBe(0.95);
		expect(result.alpha).toBe(0.05);
	});

	it.each([
		[5, false],
		[6, true]
	])('small-number threshold %i for 5 vs 30 flags %s', (smallNumberThreshold, flagged) => {
		expect(significance({ now: 5, then: 30, smallNumberThreshold }).smallNumbers).toBe(flagged);
	});

	it('takes exposures into account', () => {
		expect(significance({ now: 20, then: 10 }).verdict).toBe('within normal variation');
		expect(significance({ now: 40, then: 10, exposureNow: 2 }).verdict).toBe(
			'within normal variation'
		);
		expect(significance({ now: 40, then: 10 }).verdict).toBe('beyond normal variation');
	});

	it('refuses a nonsense alpha', () => {
		expect(() => significance({ now: 1, then: 2, alpha: 0 })).toThrow(/alpha must be between/);
	});

	it('returns the identical result for a repeated pair, equal to a fresh computation', () => {
		const first = significance({ now: 1234, then: 1301 });
		expect(significance({ now: 1234, then: 1301 })).toBe(first);
		clearSignificanceMemo();
		const fresh = significance({ now: 1234, then: 1301 });
		expect(fresh).not.toBe(first);
		expect(fresh).toEqual(first);
		expect(fresh.test).toEqual(poissonRateTest({ a: 1234, b: 1301 }));
	});

	it.each([
		[
			{ now: 30, then: 20, alpha: 0.01 },
			{ now: 30, then: 20, alpha: 0.5 }
		],
		[
			{ now: 30, then: 20, exposureNow: 2 },
			{ now: 30, then: 20, exposureThen: 2 }
		],
		[
			{ now: 8, then: 20, smallNumberThreshold: 5 },
			{ now: 8, then: 20, smallNumberThreshold: 9 }
		]
	])('keeps results apart when any input differs: %j vs %j', (left, right) => {
		expect(significance(left)).not.toEqual(significance(right));
	});
});
