import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPeriod } from '../../../tests/support/arbitrary-period';
import { comparisonPeriod } from '../periods/comparison-period';
import { addMonths, indexToMonth } from '../periods/month';
import { sumPeriod } from '../periods/sum-period';
import { compareCounts } from './compare-counts';
import type { Direction } from './direction';

describe('compareCounts', () => {
	it.each<[number, number, Direction, number, number | null, string, string]>([
		[44, 50, 'down', -6, -12, '-12.0%', 'better'],
		[44, 50, 'up', -6, -12, '-12.0%', 'worse'],
		[4, 2, 'down', 2, 100, '+100.0%', 'worse'],
		[7, 7, 'down', 0, 0, '0.0%', 'no change'],
		[0, 5, 'down', -5, -100, '-100.0%', 'better'],
		[2, 3, 'down', -1, -33.3, '-33.3%', 'better'],
		[1, 3, 'down', -2, -66.7, '-66.7%', 'better'],
		[201, 200, 'up', 1, 0.5, '+0.5%', 'better'],
		[1999, 2000, 'up', -1, -0.1, '-0.1%', 'worse'],
		[5001, 5000, 'up', 1, 0, '0.0%', 'better'],
		[80, 60, 'up', 20, 33.3, '+33.3%', 'better']
	])('%i vs %i (%s is good)', (now, then, direction, change, pct, pctLabel, status) => {
		expect(compareCounts({ now, then, direction })).toEqual({
			now,
			then,
			change,
			pct,
			pctLabel,
			status,
			reason: null
		});
	});

	it.each<[number, Direction, string]>([
		[3, 'down', 'worse'],
		[3, 'up', 'better'],
		[0, 'down', 'no change']
	])('base 0, now %i (%s is good): no percentage, with a reason', (now, direction, status) => {
		expect(compareCounts({ now, then: 0, direction })).toEqual({
			now,
			then: 0,
			change: now,
			pct: null,
			pctLabel: 'n/a',
			status,
			reason: 'no percentage: the base period figure is 0'
		});
	});

	it.each([
		[Number.NaN, 1],
		[1, Number.POSITIVE_INFINITY],
		[-1, 1]
	])('refuses %d vs %d', (now, then) => {
		expect(() => compareCounts({ now, then, direction: 'down' })).toThrow(/finite number ≥ 0/);
	});
});

describe('compareCounts properties', () => {
	const count = fc.integer({ min: 0, max: 2000 });
	const direction = fc.constantFrom<Direction>('up', 'down');

	it('change is now − then, and nothing is ever NaN or infinite', () => {
		fc.assert(
			fc.property(fc.nat(1e9), fc.nat(1e9), direction, (now, then, dir) => {
				const result = compareCounts({ now, then, direction: dir });
				expect(result.change).toBe(now - then);
				expect(
					Object.values(result).every((v) => typeof v !== 'number' || Number.isFinite(v))
				).toBe(true);
				expect(result.pctLabel).not.toMatch(/NaN|Infinity|∞/);
				if (result.pct !== null)
					expect([Math.sign(now - then), 0]).toContain(Math.sign(result.pct));
			})
		);
	});

	it('the sign of pct is the sign of the change when the base is above 0 (counts up to 2,000)', () => {
		fc.assert(
			fc.property(
				count,
				count.filter((then) => then > 0),
				direction,
				(now, then, dir) => {
					const { pct, change } = compareCounts({ now, then, direction: dir });
					expect(Math.sign(pct ?? Number.NaN)).toBe(Math.sign(change));
				}
			)
		);
	});

	it('a series against itself shifted one year gives exactly the shifted values', () => {
		// Covers every period arbitraryPeriod makes (1990–2090) and the year before each.
		const months = 110 * 12;
		const series = fc.array(fc.nat(60), { minLength: months, maxLength: months });
		const start = 1985 * 12;
		fc.assert(
			fc.property(series, arbitraryPeriod, direction, (values, period, dir) => {
				const original = new Map(values.map((v, i) => [indexToMonth(start + i), v]));
				const shifted = new Map([...original].map(([m, v]) => [addMonths(m, 12), v]));
				const base = comparisonPeriod({ period, vs: 'yoy' });
				const yoy = compareCounts({
					now: sumPeriod({ series: original, period }).total,
					then: sumPeriod({ series: original, period: base }).total,
					direction: dir
				});
				const againstShifted = compareCounts({
					now: sumPeriod({ series: original, period }).total,
					then: sumPeriod({ series: shifted, period }).total,
					direction: dir
				});
				expect(againstShifted).toEqual(yoy);
				expect(sumPeriod({ series: shifted, period })).toEqual(
					sumPeriod({ series: original, period: base })
				);
			}),
			{ numRuns: 300 }
		);
	});
});
