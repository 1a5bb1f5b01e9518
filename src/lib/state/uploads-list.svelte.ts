import type { BrowserEngine } from '../engine/browser-engine.svelte';
import { listPendingUploads, removePendingUpload } from '../engine/pending-uploads';
import { listUploadsSql, type UploadRow } from '../db/sql/uploads-sql';
import { removeUploads } from '../store/remove-upload';

/** An upload as listed: on the server, or a draft saved only in this browser (`local`). */
export type ListedUpload = UploadRow & { local: boolean };

/**
 * The uploads behind the figures: the server's (from the page's data), and before them this
 * browser's drafts, saved here and not yet published, which only this browser sees.
 */
export class UploadsListState {
	drafts: ListedUpload[] = $state([]);
	loaded = $state(false);
	#engine: BrowserEngine;
	#server: () => UploadRow[];

	constructor(opts: { engine: BrowserEngine; server: () => UploadRow[] }) {
		this.#engine = opts.engine;
		this.#server = opts.server;
	}

	/** Drafts first, then the server's uploads, newest first. */
	get rows(): ListedUpload[] {
		const server = this.#server();
		const published = new Set(server.map((r) => r.sha256));
		const drafts = this.drafts.filter((d) => !published.has(d.sha256));
		return [...drafts, ...server.map((r) => ({ ...r, local: false }))];
	}

	/** Reads this browser's drafts again (after a save, a removal or a publish). */
	async refresh(): Promise<void> {
		const pending = new Set((await listPendingUploads()).map((p) => p.sha256));
		if (!pending.size) {
			this.drafts = [];
			this.loaded = true;
			return;
		}
		const db = await this.#engine.connect();
		const rows = await db.query<UploadRow & Record<string, unknown>>(listUploadsSql());
		this.drafts = rows.filter((r) => pending.has(r.sha256)).map((r) => ({ ...r, local: true }));
		this.loaded = true;
	}

	/** Removes a draft saved in this browser; its months go back to the version before it. */
	async remove(row: UploadRow): Promise<void> {
		const db = await this.#engine.connect();
		await removeUploads({ db, uploadIds: [row.upload_id] });
		await removePendingUpload({ sha256: row.sha256 });
		this.#engine.changed();
	}
}
