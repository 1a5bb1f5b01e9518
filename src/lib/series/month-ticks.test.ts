import { describe, expect, it } from 'vitest';
import { monthTicks } from './month-ticks';

describe('monthTicks', () => {
	it.each([
		['wide, 1 year: monthly', '2021-04', '2022-03', 900, 4, 12, 'Apr 2021'],
		['medium, 2 years: quarterly from April', '2020-04', '2022-03', 600, 4, 8, 'Apr 2020'],
		['narrow, 2 years: yearly April', '2020-04', '2022-03', 150, 4, 2, 'Apr 2020'],
		['narrow, 3 years: yearly January', '2020-01', '2022-12', 300, 1, 3, '2020'],
		['very narrow, 10 years: every other year', '2012-01', '2021-12', 240, 1, 5, '2012'],
		['no April in range: the first month', '2021-05', '2021-09', 60, 4, 1, 'May 2021']
	] as const)('%s', (_, first, last, width, yearStart, count, firstLabel) => {
		const ticks = monthTicks({ first, last, width, yearStart });
		expect([ticks.length, ticks[0]?.label]).toEqual([count, firstLabel]);
	});

	it('labels and months agree', () => {
		const ticks = monthTicks({ first: '2020-01', last: '2021-12', width: 600, yearStart: 1 });
		expect(ticks.map((t) => t.month)).toEqual([
			'2020-01',
			'2020-04',
			'2020-07',
			'2020-10',
			'2021-01',
			'2021-04',
			'2021-07',
			'2021-10'
		]);
		expect(ticks[1]?.label).toBe('Apr 2020');
	});
});
