import { describe, expect, it } from 'vitest';
import { sparklineWindow } from './sparkline-window';

describe('sparklineWindow', () => {
	const series = [
		{ month: '2020-03', value: 1 },
		{ month: '2020-04', value: 2 },
		{ month: '2021-06', value: 7 },
		{ month: '2022-03', value: 42 }
	];
	it.each([
		[24, '2022-03', '2020-04', 2, 42],
		[12, '2022-03', '2021-04', null, 42],
		[3, '2021-07', '2021-05', null, null]
	])('%i months ending %s start %s', (months, end, start, firstValue, lastValue) => {
		const window = sparklineWindow({ series, end, months });
		expect(window).toHaveLength(months);
		expect([window[0]?.month, window[0]?.value, window.at(-1)?.value]).toEqual([
			start,
			firstValue,
			lastValue
		]);
	});

	it('keeps gaps as null, not zero', () => {
		const values = sparklineWindow({ series, end: '2022-03' }).map((p) => p.value);
		expect(values.filter((v) => v !== null)).toEqual([2, 7, 42]);
		expect(values).not.toContain(0);
	});
});
