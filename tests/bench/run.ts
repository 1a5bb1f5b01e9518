import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMonths } from '../../src/lib/periods/month';
import { launchChromium } from '../support/chromium';
import { copyBuild, startBenchServer } from './bench-server';
import { startBaselineServer } from './baseline-server';
import { coldLoad, type ColdLoad } from './cold-load';
import { FIRST_MONTH, MONTHS } from './events-sql';
import { forceStore } from './force-store';
import { fuzzBench } from './fuzz-bench';
import { serverBench } from './server-bench';
import { HEADER, row, spread } from './stats';
import { switchBench } from './switch-bench';
import { uploadBench } from './upload-bench';

// BENCH_ONLY=upload,overview,fuzz picks parts (fuzz: FUZZ_RUNS cases, default 10,000); BENCH_EVENTS the store sizes; BENCH_SWITCHES, BENCH_REQUESTS.
const ONLY = (process.env.BENCH_ONLY ?? 'upload,overview,fuzz').split(',');
const SIZES = (process.env.BENCH_EVENTS ?? '1000000,10000000').split(',').map(Number);
const SWITCHES = Number(process.env.BENCH_SWITCHES ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const COLD_LOADS = 3; // each untouched, then as many touched
const first = FIRST_MONTH;
const last = addMonths(FIRST_MONTH, MONTHS - 1);

const met = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** The overview on a generated ten-year store of `events` events: switches, server, cold loads. */
async function overviewBench(
	events: number,
	browser: Awaited<ReturnType<typeof launchChromium>>['browser'],
	baselineUrl: string
): Promise<string[]> {
	const size = `${(events / 1e6).toLocaleString('en-GB')}M events`;
	const dataDir = mkdtempSync(join(tmpdir(), 'safer-city-bench-force-'));
	try {
		const seconds = await forceStore({ dataDir, events });
		console.log(`${size}: store generated in native DuckDB in ${seconds.toFixed(1)} s`);
		const server = await startBenchServer({ dataDir });
		try {
			const cold: ColdLoad[] = [];
			for (let i = 0; i < COLD_LOADS * 2; i++)
				cold.push(await coldLoad({ browser, url: server.url, touch: i % 2 === 1 }));
			const runs = await switchBench({
				browser,
				appUrl: server.url,
				baselineUrl,
				events,
				switches: SWITCHES
			});
			const http = await serverBench({ url: server.url, requests: REQUESTS, first, last });
			const switches = spread(runs.subject);
			const fresh = spread(http.fresh);
			const interactive = spread(cold.map((c) => c.interactive));
			const untouched = cold.filter((c) => c.engineReady !== undefined);
			const touched = cold.filter((c) => c.choice !== undefined);
			const by = [...new Set(touched.map((c) => c.choiceBy))].join(', ');
			return [
				row(
					`${size}: period switch, engine ready`,
					switches,
					`target p95 ≤ 50 ms ${met(switches.p95 <= 50)}`
				),
				row(
					`${size}: baseline, same comparison on raw events`,
					spread(runs.baseline),
					`raw events loaded in wasm in ${(runs.baselineLoadMs / 1000).toFixed(1)} s`
				),
				row(
					`${size}: server GET /?…, a view's first request`,
					fresh,
					`target p95 ≤ 100 ms ${met(fresh.p95 <= 100)}`
				),
				row(`${size}: server GET /?…, the same view again`, spread(http.repeat)),
				row(`${size}: server GET /`, spread(http.home)),
				row(`${size}: baseline, server GET /favicon.svg`, spread(http.asset)),
				row(`${size}: cold load, first contentful paint`, spread(cold.map((c) => c.fcp))),
				row(`${size}: cold load, hydrated`, spread(cold.map((c) => c.hydrated))),
				row(
					`${size}: cold load, interactive (hydrated, idle)`,
					interactive,
					`target ≤ 3 s ${met(interactive.p50 <= 3000)}`
				),
				row(
					`${size}: cold load, then a period change shown`,
					spread(touched.map((c) => c.choice!)),
					`from the change, answered by: ${by}`
				),
				row(
					`${size}: cold load, engine started (page idle)`,
					spread(untouched.map((c) => c.engineStart!))
				),
				row(
					`${size}: cold load, engine ready`,
					spread(untouched.map((c) => c.engineReady!)),
					'local re-queries from here on'
				)
			];
		} finally {
			server.stop();
		}
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

async function main(): Promise<void> {
	const started = performance.now();
	if (ONLY.includes('fuzz')) fuzzBench();
	if (ONLY.includes('upload')) await uploadBench();
	if (!ONLY.includes('overview')) return;
	copyBuild();
	const chromium = await launchChromium();
	const baseline = await startBaselineServer();
	const lines: string[] = [];
	try {
		for (const events of SIZES)
			lines.push(...(await overviewBench(events, chromium.browser, baseline.url)));
	} finally {
		baseline.stop();
		await chromium.close();
	}
	console.log(
		`\nOverview on a generated ten-year store of one large force (${SWITCHES} switches, ${REQUESTS} requests, ${COLD_LOADS} cold loads untouched and ${COLD_LOADS} touched each)`
	);
	console.log(HEADER);
	for (const line of lines) console.log(line);
	console.log(`\nBench ran ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((e: Error) => {
	console.error(e.message);
	process.exit(1);
});
