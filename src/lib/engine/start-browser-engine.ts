import type { Connector } from '../db/connector';
import { createBrowserConnector } from '../db/browser-connector';
import { applySchema } from '../store/apply-schema';
import { loadSnapshot } from './load-snapshot';

/**
 * Starts DuckDB-wasm and fills it with the server's published tables, so the browser runs the
 * same SQL on the same figures. The tables come in one request, fetched while DuckDB starts.
 * @example const db = await startBrowserEngine({ fetch });
 */
export async function startBrowserEngine(opts: { fetch: typeof fetch }): Promise<Connector> {
	const db = createBrowserConnector();
	const body = opts.fetch('/api/snapshot').then(async (response) => {
		if (!response.ok) throw new Error(`Could not load the tables: HTTP ${response.status}`);
		return new Uint8Array(await response.arrayBuffer());
	});
	body.catch(() => {}); // reported below, once DuckDB has started
	await applySchema({ db });
	await loadSnapshot({ db, body: await body });
	return db;
}
