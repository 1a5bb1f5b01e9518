import type { FileBody } from '../ingest/file-body';
import type { MeasureDefaults } from '../ingest/formats/measure-defaults';
import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import type { FormatKind } from '../ingest/types';
import { idbListOldestFirst, idbPut, idbRequest } from './idb';

/**
 * A file the analyst saved in this browser that is not yet published to the server, with the
 * choices it was read with, so replaying it after a reload reads it the same way.
 */
export interface PendingUpload {
	sha256: string;
	name: string;
	/** The file as chosen (IndexedDB keeps a File on disk) or its bytes (a file from a zip). */
	bytes: FileBody;
	savedAt: string;
	/** The layout chosen by hand, if any. */
	format?: FormatKind;
	/** The column mapping it was read with, if any. */
	mapping?: ColumnMapping;
	/** Unit and direction chosen for a measures file without those columns. */
	measureDefaults?: MeasureDefaults;
}

/** Every pending upload, oldest first, so replaying them rebuilds the same store. */
export async function listPendingUploads(): Promise<PendingUpload[]> {
	return idbListOldestFirst<PendingUpload>({ store: 'pending-uploads' });
}

/** Keeps a saved file in IndexedDB so it survives a reload. @example await addPendingUpload(upload) */
export async function addPendingUpload(upload: PendingUpload): Promise<void> {
	await idbPut({ store: 'pending-uploads', value: upload });
}

/** Forgets a pending upload. @example await removePendingUpload({ sha256 }) */
export async function removePendingUpload(opts: { sha256: string }): Promise<void> {
	await idbRequest({
		store: 'pending-uploads',
		mode: 'readwrite',
		work: (s) => s.delete(opts.sha256)
	});
}
