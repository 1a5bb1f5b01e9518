import { getContext, setContext } from 'svelte';
import type { Connector } from '../db/connector';
import type { RecordReader } from '../store/read-records';
import { listPendingUploads } from './pending-uploads';
import { replayPending } from './replay-pending';
import { listSavedMappings } from './saved-mappings';
import { startBrowserEngine } from './start-browser-engine';
import { warmCsvReader } from './warm-csv-reader';
import { createIngestWorker, type ZipOpener } from './ingest-worker-client';

export type EngineStatus = 'idle' | 'starting' | 'ready' | 'failed';

/**
 * The browser's DuckDB-wasm, shared by every page: started when the page is idle or on first
 * use, with the server's tables, then the analyst's saved-but-unpublished uploads replayed on top.
 */
export class BrowserEngine {
	status: EngineStatus = $state('idle');
	error: string | null = $state(null);
	/** Goes up whenever the browser's data changes, so views re-query. */
	version = $state(0);
	/** True once the CSV reader is warm for uploads (see forUploads). */
	warm = $state(false);
	#db: Promise<Connector> | null = null;
	#warmed: Promise<Connector> | null = null;
	#fetch: typeof fetch;
	#ingest = createIngestWorker();
	/** Parses MOPAC, LFB, outcome, measure and mapped files in a Web Worker. */
	readRecords: RecordReader = (job, opts) => this.#ingest.read(job, opts);
	/** Opens zip archives in the same worker. */
	openZip: ZipOpener = (file) => this.#ingest.unzip(file);

	constructor(fetcher: typeof fetch) {
		this.#fetch = fetcher;
	}

	/** The connector, starting the engine on the first call. */
	connect(): Promise<Connector> {
		this.#db ??= this.#start();
		return this.#db;
	}

	/**
	 * Starts the engine once the browser is idle (or after `timeoutMs` at the latest), so that
	 * reading the server's page comes first. Returns a function that cancels a start not yet begun.
	 * @example $effect(() => engine.startWhenIdle());
	 */
	startWhenIdle(opts: { timeoutMs?: number } = {}): () => void {
		if (this.#db) return () => {};
		const start = () => void this.connect().catch(() => {});
		if (typeof requestIdleCallback === 'function') {
			const id = requestIdleCallback(start, { timeout: opts.timeoutMs ?? 2_000 });
			return () => cancelIdleCallback(id);
		}
		const id = setTimeout(start, 50);
		return () => clearTimeout(id);
	}

	/**
	 * The connector for uploads, once DuckDB's CSV reader has checked a small generated file: the
	 * first real upload then runs at full speed. Uploads wait for this, so the two never interleave.
	 */
	forUploads(): Promise<Connector> {
		this.#warmed ??= this.connect().then(async (db) => {
			try {
				await warmCsvReader({ db, rows: WARM_UP_ROWS });
			} catch (e) {
				console.warn('Warming the CSV reader failed; uploads work, the first one slower.', e);
			}
			this.warm = true;
			return db;
		});
		return this.#warmed;
	}

	/** Tells every view that the data changed. */
	changed(): void {
		this.version++;
	}

	async close(): Promise<void> {
		const db = this.#db;
		this.#db = null;
		this.#warmed = null;
		this.warm = false;
		this.status = 'idle';
		this.#ingest.close();
		await (await db?.catch(() => null))?.close();
	}

	async #start(): Promise<Connector> {
		this.status = 'starting';
		performance.mark(MARK);
		try {
			const saved = Promise.all([listSavedMappings(), listPendingUploads()]);
			const db = await startBrowserEngine({ fetch: this.#fetch });
			const [mappings, uploads] = await saved;
			await replayPending({ db, mappings, uploads, readRecords: this.readRecords });
			performance.measure(READY, MARK);
			this.status = 'ready';
			// The browser's figures differ from the server's only by what this browser saved.
			if (mappings.length || uploads.length) this.changed();
			return db;
		} catch (e) {
			this.status = 'failed';
			this.error = (e as Error).message;
			throw e;
		}
	}
}

const MARK = 'safer-city:engine-start';
/** A performance measure from the start to the engine being ready, read by the bench. */
export const READY = 'safer-city:engine-ready';

/** Rows in the warm-up file: enough for V8 to optimise the reader's hot code (about 0.3 s). */
const WARM_UP_ROWS = 20_000;

const KEY = Symbol('browser-engine');

/** Makes one engine available to the pages below a layout. */
export function provideEngine(engine: BrowserEngine): BrowserEngine {
	return setContext(KEY, engine);
}

/** The engine a layout provided. */
export function useEngine(): BrowserEngine {
	return getContext<BrowserEngine>(KEY);
}
