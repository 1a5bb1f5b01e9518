/** A seeded source of uniform numbers in [0, 1); the only randomness the sample generator uses. */
export interface Rng {
	next(): number;
}

/** Makes a mulberry32 generator, e.g. `createRng({ seed: 42 }).next()` → 0.6011037519201636. */
export function createRng({ seed }: { seed: number }): Rng {
	let state = seed >>> 0;
	return {
		next() {
			state = (state + 0x6d2b79f5) >>> 0;
			let t = state;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		}
	};
}

/** Derives a 32-bit seed from a base seed and a label (FNV-1a), e.g. `deriveSeed({ seed: 1, label: 'police:2019-04' })`. */
export function deriveSeed({ seed, label }: { seed: number; label: string }): number {
	// One stream per file keeps each file stable when another file's recipe changes.
	let hash = 0x811c9dc5 ^ (seed >>> 0);
	for (const ch of label) {
		hash ^= ch.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

/** Makes the generator for one labelled stream, e.g. `streamFor({ seed: 1, label: 'lfb:2016-04' })`. */
export function streamFor({ seed, label }: { seed: number; label: string }): Rng {
	return createRng({ seed: deriveSeed({ seed, label }) });
}
