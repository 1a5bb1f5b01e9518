import { addSavedMapping } from '../engine/saved-mappings';
import { saveColumnMapping } from '../store/save-column-mapping';

/**
 * Saves a column mapping for next month: in the browser's store, where importFile finds it by the
 * file's header, and in IndexedDB, so it is put back after a reload.
 * @example await saveMapping({ db, mapping, header: ['Date', 'Type'], now: new Date() })
 */
export async function saveMapping(opts: Parameters<typeof saveColumnMapping>[0]): Promise<void> {
	const mapping = { ...opts.mapping, name: opts.mapping.name.trim() };
	await saveColumnMapping({ ...opts, mapping });
	await addSavedMapping({
		name: mapping.name,
		header: [...opts.header],
		mapping: structuredClone(mapping),
		savedAt: opts.now.toISOString()
	});
}
