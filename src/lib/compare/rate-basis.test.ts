import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../periods/parse-period';
import { rateBasis, rowRate } from './rate-basis';

const rows = [2011, 2019, 2021].map((year) => ({
	area: 'A',
	year,
	population: 'residents',
	value: year * 10
}));
const basis = (period: string, base: string) =>
	rateBasis({
		population: 'residents',
		area: 'A',
		rows,
		period: parsePeriod(period),
		base: parsePeriod(base)
	});

describe('rateBasis', () => {
	it.each([
		['2021-06', '2020-06', 2021, 2019, 'per 1,000 residents (2021; 2019 for the base period)'],
		['FY2020-21', 'FY2019-20', 2019, 2019, 'per 1,000 residents (2019)'],
		['FY2021-22', 'FY2020-21', 2021, 2019, 'per 1,000 residents (2021; 2019 for the base period)'],
		['YE2019-12', 'YE2018-12', 2019, 2019, 'per 1,000 residents (2019)'],
		['2015', '2014', 2011, 2011, 'per 1,000 residents (2011)'],
		['2030-01', '2029-01', 2021, 2021, 'per 1,000 residents (2021)']
	])('%s against %s uses %i and %i', (period, base, now, then, label) => {
		const b = basis(period, base);
		expect([b.now.year, b.then.year, b.label]).toEqual([now, then, label]);
	});

	it('takes the earlier year on a tie (2020 is as near 2019 as 2021)', () => {
		expect(basis('2020-06', '2019-06').now.year).toBe(2019);
	});
});

describe('rowRate', () => {
	it('divides each side by its own denominator, per 1,000', () => {
		const rate = rowRate({
			basis: basis('2021-06', '2020-06'),
			now: 21,
			then: 38,
			direction: 'down'
		});
		expect([rate.now, rate.then]).toEqual([(21 / 20210) * 1000, (38 / 20190) * 1000]);
		expect(rate.comparison.status).toBe('better');
	});

	it('never yields ∞ or NaN for a zero base', () => {
		const rate = rowRate({
			basis: basis('2021-06', '2020-06'),
			now: 3,
			then: 0,
			direction: 'down'
		});
		expect(rate.comparison).toMatchObject({ then: 0, pct: null, pctLabel: 'n/a' });
	});
});
