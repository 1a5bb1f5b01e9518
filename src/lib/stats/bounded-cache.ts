/**
 * A string-keyed memo that forgets everything once it holds `limit` entries: no eviction
 * bookkeeping, and memory stays bounded however many distinct keys arrive.
 * @example new BoundedCache<number>({ limit: 2 }).remember('k', () => 42) // 42
 */
export class BoundedCache<V> {
	readonly limit: number;
	readonly #entries = new Map<string, V>();

	constructor({ limit }: { limit: number }) {
		if (!(Number.isInteger(limit) && limit > 0)) {
			throw new Error(`BoundedCache needs a whole limit > 0, got ${limit}`);
		}
		this.limit = limit;
	}

	get size(): number {
		return this.#entries.size;
	}

	/** The value stored under `key`, computing and storing it first when absent. */
	remember(key: string, compute: () => V): V {
		const known = this.#entries.get(key);
		if (known !== undefined || this.#entries.has(key)) return known as V;
		const value = compute();
		if (this.#entries.size >= this.limit) this.#entries.clear();
		this.#entries.set(key, value);
		return value;
	}

	clear(): void {
		this.#entries.clear();
	}
}
