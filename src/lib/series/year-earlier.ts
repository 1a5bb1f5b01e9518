import { addMonths } from '../periods/month';
import { valueMap, type MonthValue } from './month-value';

/**
 * For each month of the series, the value 12 months before it (null when that month is missing
 * from the series or has no data), so the two lines can share one x axis.
 * @example yearEarlier({ series: [{ month: '2020-03', value: 37 }, { month: '2021-03', value: 42 }] }) // [{ month: '2020-03', value: null }, { month: '2021-03', value: 37 }]
 */
export function yearEarlier({ series }: { series: readonly MonthValue[] }): MonthValue[] {
	const lookup = valueMap({ series });
	return series.map(({ month }) => ({ month, value: lookup.get(addMonths(month, -12)) ?? null }));
}
