import { describe, expect, it } from 'vitest';
import { clopperPearson } from './clopper-pearson';
import { directBinomial, directUpperTail } from './direct-binomial';

describe('clopperPearson', () => {
	it('matches R binom.test(682, 925): 0.7076683 to 0.7654066', () => {
		const { lower, upper } = clopperPearson({ successes: 682, trials: 925 });
		expect(lower).toBeCloseTo(0.7076683, 7);
		expect(upper).toBeCloseTo(0.7654066, 7);
	});

	it.each([1, 5, 10, 100])('closed forms at the edges, n = %i', (n) => {
		expect(clopperPearson({ successes: 0, trials: n })).toEqual({
			lower: 0,
			upper: expect.closeTo(1 - 0.025 ** (1 / n), 13),
			level: 0.95
		});
		expect(clopperPearson({ successes: n, trials: n }).lower).toBeCloseTo(0.025 ** (1 / n), 13);
		expect(clopperPearson({ successes: n, trials: n }).upper).toBe(1);
	});

	it.each([
		[1, 10],
		[3, 7],
		[12, 30],
		[50, 120],
		[150, 270]
	])('bounds put (1 − level) / 2 in each tail for %i of %i', (k, n) => {
		const { lower, upper } = clopperPearson({ successes: k, trials: n });
		expect(directUpperTail({ k, n, share: lower })).toBeCloseTo(0.025, 10);
		const belowOrAt = directBinomial({ n, share: upper })
			.slice(0, k + 1)
			.reduce((sum, p) => sum + p, 0);
		expect(belowOrAt).toBeCloseTo(0.025, 10);
	});

	it('is the whole range with no trials', () => {
		expect(clopperPearson({ successes: 0, trials: 0 })).toEqual({
			lower: 0,
			upper: 1,
			level: 0.95
		});
	});

	it.each([
		[{ successes: 3, trials: 2 }, /successes ≤ trials/],
		[{ successes: 1.5, trials: 2 }, /whole/],
		[{ successes: 1, trials: 2, level: 1 }, /level must be between 0 and 1/]
	])('refuses %j', (input, message) => {
		expect(() => clopperPearson(input)).toThrow(message);
	});
});
