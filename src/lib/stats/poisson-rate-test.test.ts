import { describe, expect, it } from 'vitest';
import { directBinomial, directTwoSidedPValue, directUpperTail } from './direct-binomial';
import { logChoose } from './log-gamma';
import { poissonRateTest } from './poisson-rate-test';

const range = (n: number) => Array.from({ length: n + 1 }, (_, i) => i);

describe('poissonRateTest p-value', () => {
	it('matches a direct binomial sum to 1e-9 for every a, b in 0..40 with equal exposure', () => {
		let worst = 0;
		for (const a of range(40)) {
			for (const b of range(40)) {
				const expected = directTwoSidedPValue({ a, b, share: 0.5 });
				worst = Math.max(worst, Math.abs(poissonRateTest({ a, b }).pValue - expected));
			}
		}
		expect(worst).toBeLessThan(1e-9);
	});

	it.each([
		[2, 1],
		[1, 3],
		[12, 11],
		[0.7, 1.9]
	])('matches a direct binomial sum for a, b in 0..25 with exposures %d and %d', (ta, tb) => {
		let worst = 0;
		for (const a of range(25)) {
			for (const b of range(25)) {
				const expected = directTwoSidedPValue({ a, b, share: ta / (ta + tb) });
				worst = Math.max(worst, Math.abs(poissonRateTest({ a, b, ta, tb }).pValue - expected));
			}
		}
		expect(worst).toBeLessThan(1e-9);
	});

	it.each([
		[150, 120],
		[120, 150],
		[300, 250],
		[45, 90],
		[200, 0],
		[0, 60],
		[260, 270]
	])('matches a direct binomial sum for %i vs %i', (a, b) => {
		const expected = directTwoSidedPValue({ a, b, share: 0.5 });
		expect(Math.abs(poissonRateTest({ a, b }).pValue - expected)).toBeLessThan(1e-9);
	});

	it.each([
		[{ a: 0, b: 0 }, 1],
		[{ a: 5, b: 5 }, 1],
		[{ a: 2, b: 4 }, 0.6875],
		[{ a: 10, b: 0 }, 2 / 1024],
		[{ a: 0, b: 10 }, 2 / 1024],
		[{ a: 1, b: 0 }, 1]
	])('known value: %j gives %d', (input, expected) => {
		expect(poissonRateTest(input).pValue).toBeCloseTo(expected, 14);
	});

	// Every term summed in log space, as before the window: the reference for large counts.
	const fullSum = (a: number, b: number, share: number) => {
		const n = a + b;
		const logs = range(n).map(
			(k) => logChoose({ n, k }) + k * Math.log(share) + (n - k) * Math.log(1 - share)
		);
		const limit = logs[a]! + Math.log1p(1e-7);
		const kept = logs.filter((l) => l <= limit);
		const top = kept.reduce((m, l) => Math.max(m, l), -Infinity);
		return Math.min(1, Math.exp(top + Math.log(kept.reduce((t, l) => t + Math.exp(l - top), 0))));
	};
	it.each([
		[50_000, 50_700, 1, 1],
		[180_000, 60_500, 3, 1],
		[1_000_000, 1_003_000, 1, 1],
		[1_000_000, 1_020_000, 1, 1]
	])('large counts (a large force): %i vs %i, exposures %d and %d', (a, b, ta, tb) => {
		const expected = fullSum(a, b, ta / (ta + tb));
		expect(poissonRateTest({ a, b, ta, tb }).pValue).toBeCloseTo(expected, 10);
	});

	it('matches R: binom.test(c(682, 243), p = 3/4) p = 0.3825', () => {
		expect(poissonRateTest({ a: 682, b: 243, ta: 3, tb: 1 }).pValue).toBeCloseTo(0.3825, 4);
	});
});

describe('poissonRateTest interval for the rate ratio', () => {
	it('matches R: poisson.test(c(11, 21), c(800, 3011))', () => {
		const result = poissonRateTest({ a: 11, b: 21, ta: 800, tb: 3011 });
		expect(result.pValue).toBeCloseTo(0.07967, 5);
		expect(result.rateRatio).toBeCloseTo(1.971488, 6);
		expect(result.interval.lower).toBeCloseTo(0.8584264, 7);
		expect(result.interval.upper).toBeCloseTo(4.2772659, 7);
	});

	it.each([
		[3, 7, 1, 1],
		[20, 12, 1, 1],
		[50, 44, 2, 1],
		[150, 120, 1, 1.5],
		[1, 30, 1, 1]
	])('bounds put 2.5% in each tail for %i vs %i (exposures %d, %d)', (a, b, ta, tb) => {
		const { interval, rateRatio } = poissonRateTest({ a, b, ta, tb });
		const toShare = (ratio: number) => (ratio * ta) / (ratio * ta + tb);
		const n = a + b;
		expect(directUpperTail({ k: a, n, share: toShare(interval.lower) })).toBeCloseTo(0.025, 10);
		const upperShare = toShare(interval.upper ?? Number.NaN);
		const atOrBelow = directBinomial({ n, share: upperShare })
			.slice(0, a + 1)
			.reduce((sum, p) => sum + p, 0);
		expect(atOrBelow).toBeCloseTo(0.025, 10);
		expect(rateRatio).toBeCloseTo(a / ta / (b / tb), 12);
	});

	it.each([
		[{ a: 0, b: 0 }, null, 0, null],
		[{ a: 0, b: 10 }, 0, 0, 0.025 ** (-1 / 10) - 1],
		[{ a: 10, b: 0 }, null, 0.025 ** (1 / 10) / (1 - 0.025 ** (1 / 10)), null]
	])('edge %j: ratio %j, interval %d to %j', (input, ratio, lower, upper) => {
		const { rateRatio, interval } = poissonRateTest(input);
		expect(rateRatio).toBe(ratio);
		expect(interval.lower).toBeCloseTo(lower, 12);
		if (upper === null) expect(interval.upper).toBeNull();
		else expect(interval.upper).toBeCloseTo(upper, 12);
	});

	it('keeps precision when one count dwarfs the other', () => {
		const { interval } = poissonRateTest({ a: 3000, b: 2 });
		expect(interval.lower).toBeGreaterThan(400);
		expect(interval.upper).toBeGreaterThan(10000);
		expect(Number.isFinite(interval.upper)).toBe(true);
	});

	it.each([
		[{ a: -1, b: 2 }, /a must be a whole number/],
		[{ a: 1.5, b: 2 }, /a must be a whole number/],
		[{ a: 1, b: 2, ta: 0 }, /ta must be a finite number > 0/],
		[{ a: 1, b: 2, tb: Number.POSITIVE_INFINITY }, /tb must be/]
	])('refuses %j', (input, message) => {
		expect(() => poissonRateTest(input)).toThrow(message);
	});
});
