import type { Connector } from '../db/connector';
import type { BrowserEngine } from '../engine/browser-engine.svelte';
import { LoadCancelled, type LoadProgress } from '../ingest/load-progress';
import { importFile } from '../store/import-file';
import { removeUploads } from '../store/remove-upload';
import { expandFiles } from './expand-files';
import { saveMapping } from './save-mapping';
import { keepUploads } from './upload-keep';
import { UploadEntry, type FileChoices } from './upload-entry.svelte';

export { UploadEntry } from './upload-entry.svelte';
export type UploadPhase = 'idle' | 'checking' | 'checked' | 'saving' | 'saved' | 'cancelled';

/** A change of how one file is read: a layout by hand (null: detected), a mapping, or defaults. */
export type FileChoice = { format: FileChoices['format'] | null } | Omit<FileChoices, 'format'>;

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
			(e) => e.result?.status === 'planned' && e.result.months.some((m) => m.status !== 'unchanged')
		);
	}

	/** Adds dropped or chosen files (zips opened) and checks them all. */
	async add(files: File[]): Promise<void> {
		const added = await expandFiles({ files, unzip: this.#engine.openZip });
		const kept = this.entries.filter((e) => this.phase !== 'saved' || !e.result);
		this.entries = [...kept, ...added.map((f) => new UploadEntry(f))];
		await this.check();
	}

	/** Validates every unchecked file and works out what it would change; stores nothing. */
	async check(): Promise<void> {
		// A check under way also takes the files added or changed while it runs.
		if (this.busy) return;
		await this.#run('checking', async (db, signal) => {
			const next = () => this.entries.find((e) => !e.result || e.stale);
			for (let entry = next(); entry; entry = next()) {
				entry.stale = false;
				const load = { ...this.#load(entry, signal), ...entry.choices, db, dryRun: true };
				const result = await importFile(load);
				if (entry.stale) continue;
				entry.result = result;
				entry.prepare();
			}
			this.phase = 'checked';
		});
	}

	/** Checks one file again, read another way: a layout chosen by hand, a mapping, or defaults. */
	async choose(entry: UploadEntry, choice: FileChoice): Promise<void> {
		if (this.phase === 'saving' || entry.result?.status === 'stored') return;
		if ('format' in choice) {
			entry.format = choice.format ?? null;
			entry.mapping = null;
		}
		if ('mapping' in choice) entry.mapping = choice.mapping ?? null;
		if ('measureDefaults' in choice) entry.measureDefaults = choice.measureDefaults ?? null;
		entry.stale = true;
		await this.check();
	}

	/** Saves the mapping in the form for next month, and reads every file with that header by it. */
	async saveMapping(entry: UploadEntry): Promise<void> {
		const mapping = entry.draft?.mapping;
		if (!mapping || !entry.draft || this.phase === 'saving') return;
		const db = await this.#engine.connect();
		await saveMapping({ db, mapping, header: entry.draft.header, now: new Date() });
		entry.savedMapping = mapping.name;
		if (JSON.stringify(entry.result?.mapping) !== JSON.stringify(mapping)) {
			entry.mapping = mapping;
			entry.stale = true;
		}
		for (const other of this.entries)
			if (other !== entry && other.kind === 'unknown' && other.signature === entry.signature)
				other.stale ||= !other.mapping && other.result?.status !== 'stored';
		await this.check();
	}

	/** Saves every file that would change something; a cancel takes back what this save stored. */
	async save(): Promise<void> {
		const stored: UploadEntry[] = [];
		await this.#run('saving', async (db, signal) => {
			try {
				for (const entry of this.saveable) {
					entry.result = await importFile({ ...this.#load(entry, signal), ...entry.choices, db });
					if (entry.result.uploadId != null) stored.push(entry);
				}
			} catch (e) {
				const uploadIds = stored.map((entry) => entry.result?.uploadId ?? -1);
				if (stored.length) await removeUploads({ db, uploadIds });
				for (const entry of stored) entry.result = null;
				throw e;
			}
			await keepUploads({ entries: stored });
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
		const onProgress = (p: LoadProgress) => (this.progress = p);
		const { name, body: bytes } = entry;
		const readRecords = this.#engine.readRecords;
		const chunkBytes = this.#chunkBytes;
		return { name, bytes, now: new Date(), signal, chunkBytes, onProgress, readRecords };
	}

	async #run(
		phase: 'checking' | 'saving',
		work: (db: Connector, signal: AbortSignal) => Promise<void>
	) {
		this.#controller = new AbortController();
		this.phase = phase;
		this.message = null;
		this.progress = null;
		try {
			await work(await this.#engine.forUploads(), this.#controller.signal);
		} catch (e) {
			// A failure, like a cancel, leaves the store as it was and the files ready to check again.
			if (!(e instanceof LoadCancelled)) console.error(e);
			const what = e instanceof LoadCancelled ? e.message : `That failed: ${(e as Error).message}.`;
			this.phase = 'cancelled';
			this.message = `${what} The store is as it was before.`;
			for (const entry of this.entries) {
				entry.stale = false;
				if (entry.result?.status !== 'stored') entry.result = null;
			}
		} finally {
			this.#controller = null;
		}
	}
}
