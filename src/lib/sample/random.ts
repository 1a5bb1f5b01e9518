import type { Rng } from './prng.ts';

/** An item with a relative weight, for `weighted`. */
export type Weighted<T> = readonly [item: T, weight: number];

/** A whole number from min to max inclusive, e.g. `intBetween({ rng, min: 1, max: 6 })` → 4. */
export function intBetween({ rng, min, max }: { rng: Rng; min: number; max: number }): number {
	return min + Math.floor(rng.next() * (max - min + 1));
}

/** One item chosen uniformly, e.g. `pick({ rng, items: ['a', 'b'] })` → 'b'. */
export function pick<T>({ rng, items }: { rng: Rng; items: readonly T[] }): T {
	const item = items[Math.floor(rng.next() * items.length)];
	if (item === undefined) throw new Error('pick: empty list');
	return item;
}

/** One item chosen by weight, e.g. `weighted({ rng, items: [['Fire', 1], ['AFA', 9]] })` → 'AFA'. */
export function weighted<T>({ rng, items }: { rng: Rng; items: readonly Weighted<T>[] }): T {
	const total = items.reduce((sum, [, w]) => sum + w, 0);
	let target = rng.next() * total;
	for (const [item, w] of items) {
		target -= w;
		if (target < 0) return item;
	}
	const last = items[items.length - 1];
	if (last === undefined) throw new Error('weighted: empty list');
	return last[0];
}

/** A Poisson count with the given mean, e.g. `poisson({ rng, mean: 2.5 })` → 3. */
export function poisson({ rng, mean }: { rng: Rng; mean: number }): number {
	// Knuth's method loses precision for large means, so draw large means as a sum of small ones.
	if (mean > 30) {
		const parts = Math.ceil(mean / 30);
		let sum = 0;
		for (let i = 0; i < parts; i++) sum += poisson({ rng, mean: mean / parts });
		return sum;
	}
	const limit = Math.exp(-mean);
	let count = 0;
	let product = rng.next();
	while (product > limit) {
		count++;
		product *= rng.next();
	}
	return count;
}

/** A normal draw (Box–Muller), e.g. `normal({ rng, mean: 80, sd: 4 })` → 82.7. */
export function normal({ rng, mean, sd }: { rng: Rng; mean: number; sd: number }): number {
	const u = 1 - rng.next();
	const v = rng.next();
	return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Lowercase hex of the given length, e.g. `hexId({ rng, length: 8 })` → '9f3a01c2'. */
export function hexId({ rng, length }: { rng: Rng; length: number }): string {
	let out = '';
	while (out.length < length) {
		out += Math.floor(rng.next() * 0x10000)
			.toString(16)
			.padStart(4, '0');
	}
	return out.slice(0, length);
}
