// Lanczos approximation (g = 7, 9 terms), relative error around 1e-15 for positive arguments.
const G = 7;
const COEFFICIENTS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** Natural log of the gamma function for x > 0; logGamma(n + 1) = ln n!. @example logGamma(5) // ≈ Math.log(24) */
export function logGamma(x: number): number {
	if (!(x > 0) || !Number.isFinite(x)) throw new Error(`logGamma needs a finite x > 0, got ${x}`);
	if (x < 0.5) {
		return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
	}
	const z = x - 1;
	let sum = COEFFICIENTS[0] ?? 1;
	for (let i = 1; i < COEFFICIENTS.length; i++) sum += (COEFFICIENTS[i] ?? 0) / (z + i);
	const t = z + G + 0.5;
	return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln of the binomial coefficient n choose k. @example Math.exp(logChoose({ n: 5, k: 2 })) // ≈ 10 */
export function logChoose({ n, k }: { n: number; k: number }): number {
	return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}
