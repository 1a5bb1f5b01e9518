/**
 * A y domain for the values, from 0 (counts never start elsewhere) unless `zero` is false, with
 * room for a value when all values are equal or absent.
 * @example yDomainOf({ values: [12, null, 40] }) // [0, 40]
 */
export function yDomainOf({
	values,
	zero = true
}: {
	values: readonly (number | null | undefined)[];
	zero?: boolean;
}): [number, number] {
	const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	if (zero) known.push(0);
	if (known.length === 0) return [0, 1];
	const [low, high] = [Math.min(...known), Math.max(...known)];
	if (low !== high) return [low, high];
	return low === 0 ? [0, 1] : [low - 1, high + 1];
}
