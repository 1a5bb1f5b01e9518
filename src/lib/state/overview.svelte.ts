import type { BrowserEngine } from '../engine/browser-engine.svelte';
import type { OverviewData } from '../overview/load-overview';
import type { OverviewQuery } from '../overview/overview-query';
import { overviewLoader, type OverviewLoader } from './overview-loader';

/**
 * What became of a choice: 'shown', its figures are on screen; 'superseded', a later choice
 * replaced it; 'navigate', the engine is not ready (or failed), so ask the server (a navigation).
 */
export type SelectOutcome = 'shown' | 'superseded' | 'navigate';

/** The part of the engine the overview uses (a fake in tests). */
export type OverviewEngine = Pick<
	BrowserEngine,
	'status' | 'error' | 'version' | 'connect' | 'startWhenIdle'
>;

/** The choices a set of figures answers. */
function queryOf(data: OverviewData): OverviewQuery {
	const area = (data as { area?: string | null }).area;
	return {
		period: data.period ?? null,
		vs: data.vs ?? null,
		...(area === undefined ? {} : { area }),
		group: data.group ?? null,
		rate: data.rate ?? null,
		month: null
	};
}

/**
 * The overview's figures: the server's first (readable at once, never dimmed), then, once the
 * browser engine is ready, re-queried there on each choice.
 */
export class OverviewState {
	// Raw: each answer replaces the whole object, and a deep proxy of it would cost every read.
	data: OverviewData = $state.raw()!;
	/** True while a choice is re-queried in the browser (tens of milliseconds). */
	busy = $state(false);
	error: string | null = $state(null);
	/** The latest choices asked for; the figures on screen catch up with them. */
	query: OverviewQuery = $state()!;
	#engine: OverviewEngine;
	#load: OverviewLoader;
	#latest = 0;

	constructor(opts: { initial: OverviewData; engine: OverviewEngine; load?: OverviewLoader }) {
		this.data = opts.initial;
		this.query = queryOf(opts.initial);
		this.#engine = opts.engine;
		this.#load = opts.load ?? overviewLoader();
	}

	/** Where the figures on screen come from. */
	get source(): 'server' | 'starting' | 'duckdb-wasm' | 'failed' {
		const status = this.#engine.status;
		return status === 'ready' ? 'duckdb-wasm' : status === 'idle' ? 'server' : status;
	}

	/** Starts the engine when the page is idle; returns a cancel. @example $effect(() => overview.startWhenIdle()) */
	startWhenIdle(): () => void {
		return this.#engine.startWhenIdle();
	}

	/** Shows the server's figures (after a navigation), replacing any re-query still running. */
	showServer(data: OverviewData): void {
		this.#latest++;
		this.busy = false;
		this.data = data;
		this.query = queryOf(data);
	}

	/**
	 * Shows the figures for a choice: re-queried in the browser once the engine is ready; before
	 * that 'navigate' at once (the server answers as fast), and the engine starts if it had not.
	 * @example if ((await overview.select(query)) === 'navigate') await goto(url);
	 */
	async select(query: OverviewQuery): Promise<SelectOutcome> {
		this.query = query;
		const ticket = ++this.#latest;
		if (this.#engine.status !== 'ready') {
			if (this.#engine.status === 'idle') void this.#engine.connect().catch(() => {});
			return 'navigate';
		}
		this.busy = true;
		try {
			const db = await this.#engine.connect();
			const data = await this.#load({ db, query, version: this.#engine.version });
			// A later choice may have finished first; only the latest one is shown.
			if (ticket !== this.#latest) return 'superseded';
			this.data = data;
			this.error = null;
			return 'shown';
		} catch (e) {
			if (ticket !== this.#latest) return 'superseded';
			this.error = `The interactive engine failed (${(e as Error).message}); asking the server instead.`;
			return 'navigate';
		} finally {
			if (ticket === this.#latest) this.busy = false;
		}
	}

	/** Re-queries the choices on screen when the browser's data changed; nothing before it is ready. */
	async refresh(): Promise<void> {
		if (this.#engine.status === 'ready') await this.select(this.query);
	}
}
