import { describe, expect, it } from 'vitest';
import { monthSpine } from './month-spine';
import { rolling12 } from './rolling-12';

// 2020-01..2021-03 with value = month number of the year (Jan 1 … Dec 12), 2020-07 missing in one case.
const full = Object.fromEntries(
	Array.from({ length: 15 }, (_, i) => [
		`202${i < 12 ? 0 : 1}-${String((i % 12) + 1).padStart(2, '0')}`,
		(i % 12) + 1
	])
);
const withGap = Object.fromEntries(Object.entries(full).filter(([month]) => month !== '2020-07'));

describe('rolling12', () => {
	it.each([
		['sum, first full window', full, 'sum', '2020-12', 78],
		['sum, window Feb 2020–Jan 2021', full, 'sum', '2021-01', 78],
		['sum, window Apr 2020–Mar 2021', full, 'sum', '2021-03', 78],
		['sum, window too short', full, 'sum', '2020-11', null],
		['mean', full, 'mean', '2020-12', 6.5],
		['gap inside the window is a gap', withGap, 'sum', '2021-03', null],
		['gap in the window, mean too', withGap, 'mean', '2020-12', null]
	] as const)('%s', (_, values, mode, month, expected) => {
		const series = monthSpine({ first: '2020-01', last: '2021-03', values });
		expect(rolling12({ series, mode }).find((p) => p.month === month)?.value).toBe(expected);
	});

	it('differs from a plain sum when values change', () => {
		const series = monthSpine({
			first: '2020-01',
			last: '2021-01',
			values: { ...full, '2021-01': 10 }
		});
		expect(rolling12({ series }).at(-1)?.value).toBe(78 - 1 + 10);
	});
});
