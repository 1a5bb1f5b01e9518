import { addPendingUpload } from '../engine/pending-uploads';
import { readAll } from '../ingest/file-body';
import { sha256 } from '../store/sha256';
import type { UploadEntry } from './upload-entry.svelte';

/**
 * Keeps files just saved in the browser's store in IndexedDB, with the layout, mapping and
 * defaults they were read with, so a reload replays them the same way.
 * @example await keepUploads({ entries: stored })
 */
export async function keepUploads({ entries }: { entries: UploadEntry[] }): Promise<void> {
	for (const entry of entries) {
		const bytes = await readAll({ body: entry.body });
		await addPendingUpload({
			sha256: await sha256({ bytes }),
			name: entry.name,
			bytes,
			savedAt: new Date().toISOString(),
			...entry.readWith
		});
	}
}
