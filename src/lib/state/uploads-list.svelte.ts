import type { BrowserEngine } from '../engine/browser-engine.svelte';
import { listPendingUploads, removePendingUpload } from '../engine/pending-uploads';
import { listUploadsSql, type UploadRow } from '../db/sql/uploads-sql';
import { removeUploads } from '../store/remove-upload';

/** The uploads behind the figures, marking those saved only in this browser. */
export class UploadsListState {
	rows: (UploadRow & { local: boolean })[] = $state([]);
	loaded = $state(false);
	#engine: BrowserEngine;

	constructor(opts: { engine: BrowserEngine }) {
		this.#engine = opts.engine;
	}

	async refresh(): Promise<void> {
		const db = await this.#engine.connect();
		const pending = new Set((await listPendingUploads()).map((p) => p.sha256));
		const rows = await db.query<UploadRow & Record<string, unknown>>(listUploadsSql());
		this.rows = rows.map((r) => ({ ...r, local: pending.has(r.sha256) }));
		this.loaded = true;
	}

	/** Removes an upload saved in this browser; its months go back to the version before it. */
	async remove(row: UploadRow): Promise<void> {
		const db = await this.#engine.connect();
		await removeUploads({ db, uploadIds: [row.upload_id] });
		await removePendingUpload({ sha256: row.sha256 });
		this.#engine.changed();
	}
}
