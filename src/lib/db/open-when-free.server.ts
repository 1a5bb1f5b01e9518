import type { Connector } from './connector';
import { createNodeConnector } from './node-connector.server';
import { StoreBusyError, lockHolder } from './store-busy-error';

/**
 * Opens a DuckDB file, trying again with a growing pause while another process holds it; after
 * `waitMs` throws a StoreBusyError naming that process. `onWait` hears of the first pause.
 * @example const db = await openWhenFree({ path: 'data/store/safer-city.duckdb', readOnly: true, waitMs: 10_000 });
 */
export async function openWhenFree(opts: {
	path: string;
	readOnly?: boolean;
	waitMs: number;
	onWait?: (pid: number | null) => void;
}): Promise<Connector> {
	const deadline = Date.now() + opts.waitMs;
	for (let attempt = 0, pause = 20; ; attempt++, pause = Math.min(pause * 2, 400)) {
		const db = createNodeConnector({ path: opts.path, readOnly: opts.readOnly });
		try {
			await db.query({ sql: 'SELECT 1' });
			return db;
		} catch (error) {
			await db.close();
			const holder = lockHolder(error);
			if (!holder) throw error;
			if (Date.now() >= deadline) throw new StoreBusyError({ path: opts.path, pid: holder.pid });
			if (attempt === 0) opts.onWait?.(holder.pid);
			// Jitter keeps two waiting processes from trying in step.
			const wait = Math.min(pause * (0.5 + Math.random()), deadline - Date.now());
			await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 1)));
		}
	}
}
