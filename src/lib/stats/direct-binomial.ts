/**
 * Test support only: binomial probabilities computed the long way, as an independent check on
 * the log-space code. Coefficients are exact BigInts; powers are plain repeated products.
 * @example directBinomial({ n: 2, share: 0.5 }) // [0.25, 0.5, 0.25]
 */
export function directBinomial({ n, share }: { n: number; share: number }): number[] {
	const probabilities: number[] = [];
	let coefficient = 1n;
	for (let k = 0; k <= n; k++) {
		let power = 1;
		for (let i = 0; i < k; i++) power *= share;
		for (let i = 0; i < n - k; i++) power *= 1 - share;
		probabilities.push(Number(coefficient) * power);
		coefficient = (coefficient * BigInt(n - k)) / BigInt(k + 1);
	}
	return probabilities;
}

/** Test support only: the two-sided exact p-value summed directly from `directBinomial`. */
export function directTwoSidedPValue({
	a,
	b,
	share
}: {
	a: number;
	b: number;
	share: number;
}): number {
	const probabilities = directBinomial({ n: a + b, share });
	const observed = probabilities[a] ?? 0;
	let total = 0;
	for (const p of probabilities) if (p <= observed * (1 + 1e-7)) total += p;
	return Math.min(1, total);
}

/** Test support only: P(X ≥ k) for X ~ Binomial(n, share), summed directly. */
export function directUpperTail({ k, n, share }: { k: number; n: number; share: number }): number {
	return directBinomial({ n, share })
		.slice(k)
		.reduce((sum, p) => sum + p, 0);
}
