import type { Connector } from '../db/connector';
import { startBrowserEngine } from '../engine/start-browser-engine';
import { loadOverview, type OverviewData } from '../overview/load-overview';

export type EngineState = 'server' | 'starting' | 'duckdb-wasm' | 'failed';

/** The overview's figures and the engine behind them: the server first, then DuckDB-wasm. */
export class OverviewState {
	data: OverviewData = $state()!;
	engine: EngineState = $state('server');
	busy = $state(false);
	error: string | null = $state(null);
	#db: Connector | null = null;
	#closed = false;

	constructor(initial: OverviewData) {
		this.data = initial;
	}

	/** Starts the in-browser engine; until it is ready the server's figures stay on screen. */
	async start(fetcher: typeof fetch): Promise<void> {
		this.engine = 'starting';
		try {
			const db = await startBrowserEngine({ fetch: fetcher });
			if (this.#closed) return void (await db.close());
			this.#db = db;
			this.engine = 'duckdb-wasm';
		} catch (e) {
			this.engine = 'failed';
			this.error = `The interactive engine could not start (${(e as Error).message}); figures come from the server.`;
		}
	}

	/** Re-queries for another month in the browser; returns false when only the server can. */
	async selectMonth(month: string): Promise<boolean> {
		if (!this.#db) return false;
		this.busy = true;
		try {
			this.data = await loadOverview({ db: this.#db, month });
			return true;
		} catch (e) {
			this.error = `The interactive engine failed (${(e as Error).message}); asking the server instead.`;
			return false;
		} finally {
			this.busy = false;
		}
	}

	close(): void {
		this.#closed = true;
		void this.#db?.close();
		this.#db = null;
	}
}
