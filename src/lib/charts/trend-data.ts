import { monthSpine } from '../series/month-spine';
import { addMonths } from '../periods/month';
import { valueMap, type MethodBreak, type MonthValue } from '../series/month-value';
import { breakSpanned, breaksWithin } from '../series/spans-break';

/** What a trend chart draws, worked out from the full series. */
export interface TrendData {
	months: string[];
	/** The shown months' values, and the same months a year earlier. */
	current: MonthValue[];
	earlier: MonthValue[];
	/** Per shown month, the note of the break its year-on-year comparison spans, or null. */
	notComparable: (string | null)[];
	/** Breaks whose first month is among the shown months (other than the first). */
	breaks: MethodBreak[];
}

/**
 * The months a trend chart shows (by default from the series' 13th month, so each has a year
 * earlier, to its last), their values a year earlier and the breaks that apply.
 * @example trendData({ series, breaks: [] }).months[0] // series[12].month
 */
export function trendData({
	series,
	from,
	to,
	breaks = [],
	category
}: {
	series: readonly MonthValue[];
	from?: string;
	to?: string;
	breaks?: readonly MethodBreak[];
	category?: string | null;
}): TrendData {
	const first = from ?? series[12]?.month ?? series[0]?.month;
	const last = to ?? series.at(-1)?.month;
	if (first === undefined || last === undefined) {
		return { months: [], current: [], earlier: [], notComparable: [], breaks: [] };
	}
	const current = monthSpine({ first, last, values: series });
	const lookup = valueMap({ series });
	const earlier = current.map(({ month }) => ({
		month,
		value: lookup.get(addMonths(month, -12)) ?? null
	}));
	return {
		months: current.map((p) => p.month),
		current,
		earlier,
		notComparable: current.map(
			({ month }) => breakSpanned({ month, breaks, category })?.note ?? null
		),
		breaks: breaksWithin({ breaks, first, last, category })
	};
}
