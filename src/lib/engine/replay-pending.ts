import type { Connector } from '../db/connector';
import { importFile } from '../store/import-file';
import type { RecordReader } from '../store/read-records';
import { saveColumnMapping } from '../store/save-column-mapping';
import type { PendingUpload } from './pending-uploads';
import type { SavedMapping } from './saved-mappings';

/**
 * Puts what the analyst saved in this browser back into a fresh store: the column mappings first
 * (so next month's files are recognised), then each pending upload, oldest first, read with the
 * layout, mapping and measure defaults it was saved with.
 * @example await replayPending({ db, mappings: await listSavedMappings(), uploads: await listPendingUploads() })
 */
export async function replayPending(opts: {
	db: Connector;
	mappings: SavedMapping[];
	uploads: PendingUpload[];
	readRecords?: RecordReader;
}): Promise<void> {
	const { db, readRecords } = opts;
	for (const saved of opts.mappings) {
		const now = new Date(saved.savedAt);
		await saveColumnMapping({ db, mapping: saved.mapping, header: saved.header, now });
	}
	for (const pending of opts.uploads) {
		await importFile({
			db,
			name: pending.name,
			bytes: pending.bytes,
			now: new Date(pending.savedAt),
			format: pending.format,
			mapping: pending.mapping,
			measureDefaults: pending.measureDefaults,
			readRecords
		});
	}
}
