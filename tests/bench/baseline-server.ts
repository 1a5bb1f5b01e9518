import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const DIST = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

/**
 * Serves the baseline page on loopback: DuckDB-wasm's own files and a bundle of baseline-page.ts.
 * @example const { url, stop } = await startBaselineServer();
 */
export async function startBaselineServer(): Promise<{ url: string; stop: () => void }> {
	const bundle = await build({
		entryPoints: [join(import.meta.dirname, 'baseline-page.ts')],
		bundle: true,
		format: 'esm',
		platform: 'browser',
		write: false,
		logLevel: 'error'
	});
	const files: Record<string, [string, Buffer]> = {
		'/': [
			'text/html',
			Buffer.from('<!doctype html><script type="module" src="/page.js"></script>')
		],
		'/page.js': ['text/javascript', Buffer.from(bundle.outputFiles[0]!.contents)],
		'/duckdb-eh.wasm': ['application/wasm', readFileSync(join(DIST, 'duckdb-eh.wasm'))],
		'/duckdb-browser-eh.worker.js': [
			'text/javascript',
			readFileSync(join(DIST, 'duckdb-browser-eh.worker.js'))
		]
	};
	const server = createServer((req, res) => {
		const file = files[req.url ?? ''];
		if (!file) return void res.writeHead(404).end();
		res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address() as { port: number };
	return { url: `http://127.0.0.1:${address.port}`, stop: () => server.close() };
}
