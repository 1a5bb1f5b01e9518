import { listMonths } from '../periods/month';
import { valueMap, type MonthValue } from './month-value';

/**
 * Every month from first to last, each with its value or null where the input has none.
 * @example monthSpine({ first: '2021-01', last: '2021-03', values: { '2021-01': 4, '2021-03': 6 } }) // [{ month: '2021-01', value: 4 }, { month: '2021-02', value: null }, { month: '2021-03', value: 6 }]
 */
export function monthSpine({
	first,
	last,
	values
}: {
	first: string;
	last: string;
	values: Readonly<Record<string, number>> | readonly MonthValue[];
}): MonthValue[] {
	const lookup = Array.isArray(values)
		? valueMap({ series: values })
		: new Map(Object.entries(values as Record<string, number>));
	return listMonths({ start: first, end: last }).map((month) => ({
		month,
		value: lookup.get(month) ?? null
	}));
}
