import { spawnSync } from 'node:child_process';

const FILES = ['src/lib/ingest/parse-file.fuzz.test.ts', 'src/lib/store/import-file.fuzz.test.ts'];

/** The fuzz properties at full size (`FUZZ_RUNS`, default 10,000 cases each); throws on a failure. */
export function fuzzBench(runs = Number(process.env.FUZZ_RUNS ?? 10_000)): void {
	const started = performance.now();
	const run = spawnSync('npx', ['vitest', 'run', ...FILES], {
		stdio: 'inherit',
		env: { ...process.env, FUZZ_RUNS: String(runs) }
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(0);
	if (run.status !== 0) throw new Error(`Fuzzing failed (${runs} cases a property, ${seconds} s).`);
	console.log(
		`Fuzzing: ${runs.toLocaleString('en-GB')} cases × 4 parse properties and ${(runs / 10).toLocaleString('en-GB')} × 2 store properties passed in ${seconds} s`
	);
}
