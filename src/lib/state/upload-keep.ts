import { addPendingUpload } from '../engine/pending-uploads';
import type { UploadEntry } from './upload-entry.svelte';

/**
 * Keeps files just saved in the browser's store in IndexedDB, with the layout, mapping and
 * defaults they were read with, so a reload replays them the same way.
 * @example await keepUploads({ entries: stored })
 */
export async function keepUploads({ entries }: { entries: UploadEntry[] }): Promise<void> {
	for (const entry of entries) {
		const sha256 = entry.result?.sha256;
		if (!sha256) throw new Error(`${entry.name} was not stored, so it cannot be kept.`);
		await addPendingUpload({
			sha256,
			name: entry.name,
			bytes: entry.body,
			savedAt: new Date().toISOString(),
			...entry.readWith
		});
	}
}
