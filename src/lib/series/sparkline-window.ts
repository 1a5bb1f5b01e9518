import { addMonths } from '../periods/month';
import { monthSpine } from './month-spine';
import type { MonthValue } from './month-value';

/**
 * The `months` months ending at `end` (default 24), gaps kept as null.
 * @example sparklineWindow({ series, end: '2022-03' })[0].month // '2020-04'
 */
export function sparklineWindow({
	series,
	end,
	months = 24
}: {
	series: readonly MonthValue[];
	end: string;
	months?: number;
}): MonthValue[] {
	return monthSpine({ first: addMonths(end, 1 - months), last: end, values: series });
}
