/** The q-quantile (0–1) of some numbers, by nearest rank. @example quantile([3, 1, 2], 0.5) // 2 */
export function quantile(values: readonly number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** p50, p95, min and max of timings in ms. */
export interface Spread {
	n: number;
	p50: number;
	p95: number;
	min: number;
	max: number;
}

/** The spread of timings. @example spread([12, 15, 40]) */
export function spread(values: readonly number[]): Spread {
	return {
		n: values.length,
		p50: quantile(values, 0.5),
		p95: quantile(values, 0.95),
		min: Math.min(...values),
		max: Math.max(...values)
	};
}

const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);

/** One line of the results table: what, n, p50, p95, min, max, then a note. */
export function row(what: string, s: Spread, note = ''): string {
	const cells = [ms(s.p50), ms(s.p95), ms(s.min), ms(s.max)].map((c) => c.padStart(10));
	return `${what.padEnd(46)} ${String(s.n).padStart(4)} ${cells.join(' ')}  ${note}`;
}

/** The table's header line. */
export const HEADER = `${'measure'.padEnd(46)} ${'n'.padStart(4)} ${['p50', 'p95', 'min', 'max'].map((c) => c.padStart(10)).join(' ')}  note`;
