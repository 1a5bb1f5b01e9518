import { describe, expect, it } from 'vitest';
import { monthSpine } from './month-spine';
import { seasonal } from './seasonal';

// April 2020 .. June 2022: Apr 2020 = 10, Apr 2021 = 20, Apr 2022 = 30; May 2021 missing.
const values: Record<string, number> = {};
for (let i = 0; i < 27; i++) {
	const year = 2020 + Math.floor((i + 3) / 12);
	const month = ((i + 3) % 12) + 1;
	values[`${year}-${String(month).padStart(2, '0')}`] = 10 * (1 + Math.floor(i / 12)) + (i % 12);
}
delete values['2021-05'];
const series = monthSpine({ first: '2020-04', last: '2022-06', values });

describe('seasonal', () => {
	it('financial years, April first', () => {
		const s = seasonal({ series, yearStart: 4 });
		expect(s.monthLabels.slice(0, 3)).toEqual(['Apr', 'May', 'Jun']);
		expect(s.monthLabels.at(-1)).toBe('Mar');
		expect(s.years.map((y) => [y.label, y.complete])).toEqual([
			['2020-21', true],
			['2021-22', false],
			['2022-23', false]
		]);
		expect(s.current?.values.slice(0, 4)).toEqual([30, 31, 32, null]);
		expect(s.band[0]).toEqual({ min: 10, max: 20, mean: 15 });
		// May: 2021 missing, so only 2020's 11 counts.
		expect(s.band[1]).toEqual({ min: 11, max: 11, mean: 11 });
		expect(s.band[11]).toEqual({ min: 21, max: 31, mean: 26 });
	});

	it('calendar years, January first', () => {
		const s = seasonal({ series, yearStart: 1 });
		expect(s.monthLabels[0]).toBe('Jan');
		expect(s.years.map((y) => y.label)).toEqual(['2020', '2021', '2022']);
		expect(s.years[0]?.values.slice(0, 4)).toEqual([null, null, null, 10]);
		expect(s.band[0]).toEqual({ min: 19, max: 19, mean: 19 });
		expect(s.band[6]).toEqual({ min: 13, max: 23, mean: 18 });
	});

	it('no previous year: the band is empty', () => {
		const s = seasonal({ series: series.slice(0, 3), yearStart: 4 });
		expect(s.current?.label).toBe('2020-21');
		expect(s.band[0]).toEqual({ min: null, max: null, mean: null });
	});

	it('empty series', () => {
		expect(seasonal({ series: [], yearStart: 1 }).current).toBeNull();
	});
});
