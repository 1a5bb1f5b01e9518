import type { BrowserEngine } from '../engine/browser-engine.svelte';
import { addPendingUpload } from '../engine/pending-uploads';
import { LoadCancelled, type LoadProgress } from '../ingest/load-progress';
import { importFile, type ImportResult } from '../store/import-file';
import { removeUploads } from '../store/remove-upload';
import { sha256 } from '../store/sha256';
import { expandFiles, type UploadFile } from './expand-files';

export type UploadPhase = 'idle' | 'checking' | 'checked' | 'saving' | 'saved' | 'cancelled';

/** One file on the upload page and what checking or saving it found. */
export interface UploadEntry extends UploadFile {
	result: ImportResult | null;
}

/** The upload page: files chosen, checked (nothing stored), then saved on confirmation. */
export class UploadState {
	entries: UploadEntry[] = $state([]);
	phase: UploadPhase = $state('idle');
	progress: LoadProgress | null = $state(null);
	message: string | null = $state(null);
	#engine: BrowserEngine;
	#controller: AbortController | null = null;
	#chunkBytes: number | undefined;

	constructor(opts: { engine: BrowserEngine; chunkBytes?: number }) {
		this.#engine = opts.engine;
		this.#chunkBytes = opts.chunkBytes;
	}

	get busy(): boolean {
		return this.phase === 'checking' || this.phase === 'saving';
	}

	/** Files that passed the check and would change something. */
	get saveable(): UploadEntry[] {
		return this.entries.filter(
			(e) =>
				e.result &&
				e.result.status === 'planned' &&
				e.result.months.some((m) => m.status !== 'unchanged')
		);
	}

	/** Adds dropped or chosen files (zips opened) and checks them all. */
	async add(files: File[]): Promise<void> {
		let added: UploadFile[];
		try {
			added = await expandFiles({ files });
		} catch (e) {
			this.message = (e as Error).message;
			return;
		}
		this.entries = [
			...this.entries.filter((e) => this.phase !== 'saved' || !e.result),
			...added.map((f) => ({ ...f, result: null }))
		];
		await this.check();
	}

	/** Validates every unchecked file and works out what it would change; stores nothing. */
	async check(): Promise<void> {
		await this.#run('checking', async (db, signal) => {
			for (const entry of this.entries.filter((e) => !e.result)) {
				entry.result = await importFile({ ...this.#load(entry, signal), db, dryRun: true });
			}
			this.phase = 'checked';
		});
	}

	/** Saves every file that would change something; a cancel takes back what this save stored. */
	async save(): Promise<void> {
		const stored: number[] = [];
		await this.#run('saving', async (db, signal) => {
			try {
				for (const entry of this.saveable) {
					const result = await importFile({ ...this.#load(entry, signal), db });
					if (result.uploadId != null) stored.push(result.uploadId);
					entry.result = result;
				}
			} catch (e) {
				if (stored.length) await removeUploads({ db, uploadIds: stored });
				throw e;
			}
			for (const entry of this.entries.filter((e) => e.result?.status === 'stored')) {
				const digest = await sha256({ bytes: entry.bytes });
				await addPendingUpload({
					sha256: digest,
					name: entry.name,
					bytes: entry.bytes,
					savedAt: new Date().toISOString()
				});
			}
			this.phase = 'saved';
			this.message = `Saved ${stored.length} file${stored.length === 1 ? '' : 's'} in this browser. The overview now includes them.`;
			this.#engine.changed();
		});
	}

	/** Stops the load in progress; the store stays as it was. */
	cancel(): void {
		this.#controller?.abort();
	}

	/** Forgets the files on the page. */
	clear(): void {
		this.entries = [];
		this.phase = 'idle';
		this.progress = null;
		this.message = null;
	}

	#load(entry: UploadEntry, signal: AbortSignal) {
		return {
			name: entry.name,
			bytes: entry.bytes,
			now: new Date(),
			signal,
			chunkBytes: this.#chunkBytes,
			onProgress: (p: LoadProgress) => (this.progress = p)
		};
	}

	async #run(
		phase: 'checking' | 'saving',
		work: (db: Awaited<ReturnType<BrowserEngine['connect']>>, signal: AbortSignal) => Promise<void>
	) {
		this.#controller = new AbortController();
		this.phase = phase;
		this.message = null;
		this.progress = null;
		try {
			await work(await this.#engine.connect(), this.#controller.signal);
		} catch (e) {
			if (!(e instanceof LoadCancelled)) throw e;
			this.phase = 'cancelled';
			this.message = `${e.message} The store is as it was before.`;
			for (const entry of this.entries) if (entry.result?.status !== 'stored') entry.result = null;
		} finally {
			this.#controller = null;
		}
	}
}
