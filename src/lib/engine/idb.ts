const DB_NAME = 'safer-city';
/** Version 2 added the column mappings the analyst saved. */
const VERSION = 2;

/** The object stores of the browser's own database, with their keys. */
export const IDB_STORES = {
	'pending-uploads': 'sha256',
	'column-mappings': 'name'
} as const;

export type IdbStore = keyof typeof IDB_STORES;

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, VERSION);
		request.onupgradeneeded = () => {
			for (const [name, keyPath] of Object.entries(IDB_STORES))
				if (!request.result.objectStoreNames.contains(name))
					request.result.createObjectStore(name, { keyPath });
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/**
 * Runs one request on one object store of the browser's database and closes it again.
 * @example await idbRequest({ store: 'pending-uploads', mode: 'readonly', work: (s) => s.getAll() })
 */
export async function idbRequest<T>(opts: {
	store: IdbStore;
	mode: IDBTransactionMode;
	work: (s: IDBObjectStore) => IDBRequest<T>;
}): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const request = opts.work(db.transaction(opts.store, opts.mode).objectStore(opts.store));
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	} finally {
		db.close();
	}
}

/**
 * Every record of one store, oldest `savedAt` first, so replaying them keeps the order they came in.
 * @example await idbListOldestFirst<SavedMapping>({ store: 'column-mappings' })
 */
export async function idbListOldestFirst<T extends { savedAt: string }>(opts: {
	store: IdbStore;
}): Promise<T[]> {
	const all = await idbRequest({
		store: opts.store,
		mode: 'readonly',
		work: (s) => s.getAll() as IDBRequest<T[]>
	});
	return all.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/** Adds a record, or replaces the one with its key. @example await idbPut({ store: 'column-mappings', value: saved }) */
export async function idbPut(opts: { store: IdbStore; value: unknown }): Promise<void> {
	await idbRequest({ store: opts.store, mode: 'readwrite', work: (s) => s.put(opts.value) });
}
