import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../support/chromium';
import { copyBuild, startBenchServer } from './bench-server';
import { startBaselineServer } from './baseline-server';
import { coldLoad } from './cold-load';
import { forceStore } from './force-store';
import { serverBench } from './server-bench';
import { HEADER, row, spread } from './stats';
import { switchBench } from './switch-bench';
import { uploadBench } from './upload-bench';

// BENCH_ONLY=upload,overview picks parts; BENCH_EVENTS the store sizes; BENCH_SWITCHES, BENCH_REQUESTS.
const ONLY = (process.env.BENCH_ONLY ?? 'upload,overview').split(',');
const SIZES = (process.env.BENCH_EVENTS ?? '1000000,10000000').split(',').map(Number);
const SWITCHES = Number(process.env.BENCH_SWITCHES ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const COLD_LOADS = 3;

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
			const cold = [];
			for (let i = 0; i < COLD_LOADS; i++) cold.push(await coldLoad({ browser, url: server.url }));
			const runs = await switchBench({
				browser,
				appUrl: server.url,
				baselineUrl,
				events,
				switches: SWITCHES
			});
			const http = await serverBench({ url: server.url, requests: REQUESTS });
			const switches = spread(runs.subject);
			const overview = spread(http.overview);
			const interactive = spread(cold.map((c) => c.interactive));
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
				row(`${size}: server GET /`, overview, `target p95 ≤ 100 ms ${met(overview.p95 <= 100)}`),
				row(`${size}: baseline, server GET /favicon.svg`, spread(http.asset)),
				row(`${size}: cold load, first contentful paint`, spread(cold.map((c) => c.fcp))),
				row(
					`${size}: cold load, engine started (page idle)`,
					spread(cold.map((c) => c.engineStart))
				),
				row(
					`${size}: cold load, interactive (engine ready)`,
					interactive,
					`target ≤ 3 s ${met(interactive.p50 <= 3000)}`
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
		`\nOverview on a generated ten-year store of one large force (${SWITCHES} switches, ${REQUESTS} requests, ${COLD_LOADS} cold loads each)`
	);
	console.log(HEADER);
	for (const line of lines) console.log(line);
	console.log(`\nBench ran ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((e: Error) => {
	console.error(e.message);
	process.exit(1);
});
