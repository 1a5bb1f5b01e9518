import type { Unit } from '../stats/format-value';

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const TENTHS = new Intl.NumberFormat('en-GB', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});

/**
 * A measure's figure: a mean always with one decimal (76.0%, as partners publish it), a sum as a
 * count. @example formatMeasure({ value: 76, unit: 'percent', basis: 'mean' }) // '76.0%'
 */
export function formatMeasure(opts: { value: number; unit: Unit; basis?: 'sum' | 'mean' }): string {
	const text = (opts.basis === 'mean' ? TENTHS : WHOLE).format(opts.value === 0 ? 0 : opts.value);
	return opts.unit === 'percent' ? `${text}%` : text;
}
