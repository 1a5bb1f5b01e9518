import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import { idbRequest } from './idb';

/** A column mapping saved in this browser, with the header it was made for. */
export interface SavedMapping {
	name: string;
	header: string[];
	mapping: ColumnMapping;
	savedAt: string;
}

/** Every column mapping saved in this browser, oldest first. */
export async function listSavedMappings(): Promise<SavedMapping[]> {
	const all = await idbRequest({
		store: 'column-mappings',
		mode: 'readonly',
		work: (s) => s.getAll() as IDBRequest<SavedMapping[]>
	});
	return all.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/**
 * Keeps a column mapping in IndexedDB (replacing one of that name) so it survives a reload.
 * @example await addSavedMapping({ name: 'victims', header: ['Date', 'Type'], mapping, savedAt })
 */
export async function addSavedMapping(saved: SavedMapping): Promise<void> {
	await idbRequest({ store: 'column-mappings', mode: 'readwrite', work: (s) => s.put(saved) });
}
