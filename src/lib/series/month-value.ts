/** One month's figure; `value` null means no data, a gap to draw as a gap, never a zero. */
export interface MonthValue {
	/** `YYYY-MM` */
	month: string;
	value: number | null;
}

/** A methodology break: `month` is the first month of the new practice. */
export interface MethodBreak {
	month: string;
	note: string;
	/** null when the break applies to every category of the source. */
	category: string | null;
}

/** Month → value lookup of a series; null values are kept as null. @example valueMap({ series: [{ month: '2021-01', value: 3 }] }).get('2021-01') // 3 */
export function valueMap({
	series
}: {
	series: readonly MonthValue[];
}): Map<string, number | null> {
	return new Map(series.map((point) => [point.month, point.value]));
}
