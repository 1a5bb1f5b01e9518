import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import { idbListOldestFirst, idbPut } from './idb';

/** A column mapping saved in this browser, with the header it was made for. */
export interface SavedMapping {
	name: string;
	header: string[];
	mapping: ColumnMapping;
	savedAt: string;
}

/** Every column mapping saved in this browser, oldest first. */
export async function listSavedMappings(): Promise<SavedMapping[]> {
	return idbListOldestFirst<SavedMapping>({ store: 'column-mappings' });
}

/**
 * Keeps a column mapping in IndexedDB (replacing one of that name) so it survives a reload.
 * @example await addSavedMapping({ name: 'victims', header: ['Date', 'Type'], mapping, savedAt })
 */
export async function addSavedMapping(saved: SavedMapping): Promise<void> {
	await idbPut({ store: 'column-mappings', value: saved });
}
