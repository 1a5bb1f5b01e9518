// Times 10,000 intervals and p-values over realistic counts, interleaving the variants:
//   npx tsx src/lib/stats/time-significance.bench.ts [baseline stats folder]
// A baseline folder (e.g. `git archive <commit> src/lib/stats | tar -x -C /tmp/base`) adds the
// old significance() to the rounds. Prints median, min and max milliseconds per variant.
import { betaQuantile } from './beta-quantile';
import { betaQuantileBisection } from './beta-quantile-bisection';
import { clearSignificanceMemo, significance } from './significance';

type Quantile = (opts: { p: number; a: number; b: number }) => number;
type Significance = (opts: { now: number; then: number }) => { pValue: number };

const PAIRS = 10_000;
const ROUNDS = Number(process.env.ROUNDS ?? 5);

// Deterministic pairs: a base log-uniform over 2..50,000 and a change of up to ±30%.
function realisticPairs(): Array<[number, number]> {
	let seed = 20261202;
	const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
	return Array.from({ length: PAIRS }, () => {
		const then = Math.round(Math.exp(Math.log(2) + random() * Math.log(25_000)));
		return [Math.max(0, Math.round(then * (0.7 + 0.6 * random()))), then];
	});
}

// The 95% rate-ratio interval exactly as poissonRateTest takes it: two odds, each one or two quantiles.
function rateInterval(quantile: Quantile, a: number, b: number): number {
	const odds = (p: number, sa: number, sb: number) => {
		const x = quantile({ p, a: sa, b: sb });
		if (x <= 0.5) return x / (1 - x);
		const complement = quantile({ p: 1 - p, a: sb, b: sa });
		return (1 - complement) / complement;
	};
	return (a === 0 ? 0 : odds(0.025, a, b + 1)) + (b === 0 ? 0 : odds(0.975, a + 1, b));
}

function time(run: () => number): number {
	const start = performance.now();
	let sink = run();
	const elapsed = performance.now() - start;
	if (Number.isNaN(sink)) sink = 0;
	return elapsed;
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1] ?? 0;

async function main(): Promise<void> {
	const pairs = realisticPairs();
	const seen = pairs.map((_, i): [number, number] => pairs[i % 4000] ?? [0, 0]);
	const variants: Record<string, () => number> = {
		'interval, bisection (before)': () =>
			pairs.reduce((sum, [a, b]) => sum + rateInterval(betaQuantileBisection, a, b), 0),
		'interval, Halley (after)': () =>
			pairs.reduce((sum, [a, b]) => sum + rateInterval(betaQuantile, a, b), 0),
		'significance, memo cleared (after)': () => {
			clearSignificanceMemo();
			return pairs.reduce((sum, [now, then]) => sum + significance({ now, then }).pValue, 0);
		},
		// 10,000 calls over 4,000 distinct pairs, within the memo's 5,000: what a switch back sees.
		'significance, pairs seen before (after)': () =>
			seen.reduce((sum, [now, then]) => sum + significance({ now, then }).pValue, 0)
	};
	const baseline = process.argv[2];
	if (baseline) {
		const old = (await import(`${baseline}/significance.ts`)) as { significance: Significance };
		variants['significance (baseline, before)'] = () =>
			pairs.reduce((sum, [now, then]) => sum + old.significance({ now, then }).pValue, 0);
	}
	const times = new Map(Object.keys(variants).map((name) => [name, [] as number[]]));
	for (let round = 0; round < ROUNDS; round++) {
		for (const [name, run] of Object.entries(variants)) {
			// The repeated pairs are primed first (untimed): the run before filled the memo with others.
			if (name.includes('seen before')) run();
			times.get(name)?.push(time(run));
		}
	}
	for (const [name, values] of times) {
		const [min, max] = [Math.min(...values), Math.max(...values)];
		console.log(
			`${name.padEnd(42)} median ${median(values).toFixed(1)} ms  (min ${min.toFixed(1)}, max ${max.toFixed(1)}, n=${values.length})`
		);
	}
}

void main();
