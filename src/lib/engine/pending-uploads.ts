/** A file the analyst saved in this browser that is not yet published to the server. */
export interface PendingUpload {
	sha256: string;
	name: string;
	bytes: Uint8Array;
	savedAt: string;
}

const DB_NAME = 'safer-city';
const STORE = 'pending-uploads';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'sha256' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function run<T>(
	mode: IDBTransactionMode,
	work: (s: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const request = work(db.transaction(STORE, mode).objectStore(STORE));
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
	} finally {
		db.close();
	}
}

/** Every pending upload, oldest first, so replaying them rebuilds the same store. */
export async function listPendingUploads(): Promise<PendingUpload[]> {
	const all = await run('readonly', (s) => s.getAll() as IDBRequest<PendingUpload[]>);
	return all.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/** Keeps a saved file in IndexedDB so it survives a reload. @example await addPendingUpload(upload) */
export async function addPendingUpload(upload: PendingUpload): Promise<void> {
	await run('readwrite', (s) => s.put(upload));
}

/** Forgets a pending upload. @example await removePendingUpload({ sha256 }) */
export async function removePendingUpload(opts: { sha256: string }): Promise<void> {
	await run('readwrite', (s) => s.delete(opts.sha256));
}
