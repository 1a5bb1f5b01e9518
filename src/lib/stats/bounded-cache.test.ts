import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
	it('computes once per key and returns the stored value after', () => {
		const cache = new BoundedCache<{ n: number }>({ limit: 10 });
		let calls = 0;
		const first = cache.remember('a', () => ({ n: ++calls }));
		const second = cache.remember('a', () => ({ n: ++calls }));
		expect(second).toBe(first);
		expect(calls).toBe(1);
	});

	it('remembers undefined too', () => {
		const cache = new BoundedCache<undefined>({ limit: 10 });
		let calls = 0;
		cache.remember('a', () => void calls++);
		cache.remember('a', () => void calls++);
		expect(calls).toBe(1);
	});

	it('forgets everything when full, so it never holds more than the limit', () => {
		const cache = new BoundedCache<number>({ limit: 3 });
		const sizes = ['a', 'b', 'c', 'd', 'e'].map((key, i) => {
			cache.remember(key, () => i);
			return cache.size;
		});
		expect(sizes).toEqual([1, 2, 3, 1, 2]);
		expect(cache.remember('a', () => -1)).toBe(-1);
	});

	it.each([0, -1, 1.5, Number.NaN])('refuses limit %d', (limit) => {
		expect(() => new BoundedCache({ limit })).toThrow(/whole limit > 0/);
	});
});
