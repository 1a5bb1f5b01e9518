/** What a figure measures, which decides how it is written. */
export type Unit = 'count' | 'percent' | 'rate';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A figure in en-GB style, with thousands separators and at most one decimal. @example formatValue({ value: 1234, unit: 'count' }) // '1,234' */
export function formatValue({ value, unit = 'count' }: { value: number; unit?: Unit }): string {
	const text = NUMBER.format(value === 0 ? 0 : value);
	return unit === 'percent' ? `${text}%` : text;
}

/** A percentage change with its sign and one decimal. @example formatPercentChange(-12) // '-12.0%' */
export function formatPercentChange(pct: number): string {
	const sign = pct > 0 ? '+' : pct < 0 ? '-' : '';
	return `${sign}${Math.abs(pct).toFixed(1)}%`;
}
