import type { BrowserEngine } from '../engine/browser-engine.svelte';
import { loadOverview, type OverviewData } from '../overview/load-overview';
import type { OverviewQuery } from '../overview/overview-query';

/** The overview's figures: the server's first, then the browser engine's, re-queried on choice. */
export class OverviewState {
	data: OverviewData = $state()!;
	busy = $state(false);
	error: string | null = $state(null);
	/** The latest choices asked for; the figures on screen catch up with them. */
	query: OverviewQuery = $state()!;
	#engine: BrowserEngine;
	#latest = 0;

	constructor(opts: { initial: OverviewData; engine: BrowserEngine }) {
		this.data = opts.initial;
		this.#engine = opts.engine;
		const d = opts.initial;
		this.query = {
			period: d.period ?? null,
			vs: d.vs ?? null,
			group: d.group ?? null,
			rate: d.rate ?? null,
			month: null
		};
	}

	/** Where the figures on screen come from. */
	get source(): 'server' | 'starting' | 'duckdb-wasm' | 'failed' {
		const status = this.#engine.status;
		return status === 'ready' ? 'duckdb-wasm' : status === 'idle' ? 'server' : status;
	}

	/**
	 * Re-queries in the browser: 'shown' when these figures are on screen, 'superseded' when a
	 * later choice replaced them, 'failed' when only the server can answer.
	 */
	async select(query: OverviewQuery): Promise<'shown' | 'superseded' | 'failed'> {
		this.query = query;
		const ticket = ++this.#latest;
		this.busy = true;
		try {
			const db = await this.#engine.connect();
			const data = await loadOverview({ db, ...query });
			// A later choice may have finished first; only the latest one is shown.
			if (ticket !== this.#latest) return 'superseded';
			this.data = data;
			return 'shown';
		} catch (e) {
			this.error = `The interactive engine failed (${(e as Error).message}); asking the server instead.`;
			return 'failed';
		} finally {
			if (ticket === this.#latest) this.busy = false;
		}
	}
}
