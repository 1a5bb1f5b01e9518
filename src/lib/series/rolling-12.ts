import { addMonths } from '../periods/month';
import { valueMap, type MonthValue } from './month-value';

/** 'sum' for counts (rolling 12-month total), 'mean' for percentages and rates. */
export type RollingMode = 'sum' | 'mean';

/**
 * The rolling 12-month total (or mean) ending at each month of the series. A month is null unless
 * all 12 months of its window have data: an incomplete window is a gap, not a smaller total.
 * @example rolling12({ series }).at(-1) // { month: '2021-12', value: 480 } when 2021-01..2021-12 are all 40
 */
export function rolling12({
	series,
	mode = 'sum'
}: {
	series: readonly MonthValue[];
	mode?: RollingMode;
}): MonthValue[] {
	const lookup = valueMap({ series });
	return series.map(({ month }) => {
		let total = 0;
		for (let back = 0; back < 12; back++) {
			const value = lookup.get(addMonths(month, -back));
			if (value === null || value === undefined) return { month, value: null };
			total += value;
		}
		return { month, value: mode === 'mean' ? total / 12 : total };
	});
}
