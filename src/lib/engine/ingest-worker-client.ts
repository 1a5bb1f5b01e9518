import { LoadCancelled } from '../ingest/load-progress';
import type { RecordReader } from '../store/read-records';
import type { IngestRequest, IngestResponse, IngestResults } from './ingest-work';

type Waiting = { resolve: (r: IngestResponse) => void; reject: (e: unknown) => void };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Work = WithoutId<IngestRequest>;

/** Opens a zip into its CSV files off the page's thread (see expandZip). */
export type ZipOpener = (
	file: Extract<IngestRequest, { op: 'unzip' }>['file']
) => Promise<IngestResults['unzip']>;

/**
 * Parses files and opens zips in a Web Worker, started on first use; a cancel stops the worker
 * (the next call starts another) and `close` ends it.
 * @example const ingest = createIngestWorker(); await ingest.read(job, { signal });
 */
export function createIngestWorker(): { read: RecordReader; unzip: ZipOpener; close: () => void } {
	let worker: Worker | null = null;
	let next = 0;
	const waiting = new Map<number, Waiting>();

	const stop = (reason: unknown) => {
		worker?.terminate();
		worker = null;
		for (const w of waiting.values()) w.reject(reason);
		waiting.clear();
	};
	const start = () => {
		const started = new Worker(new URL('./ingest-worker.ts', import.meta.url), {
			type: 'module',
			name: 'ingest-worker'
		});
		started.onmessage = ({ data }: MessageEvent<IngestResponse>) => {
			waiting.get(data.id)?.resolve(data);
			waiting.delete(data.id);
		};
		started.onerror = (e) => stop(new Error(`The file reader stopped: ${e.message}`));
		return started;
	};

	async function run<K extends Work['op']>(
		work: Extract<Work, { op: K }>,
		name: string,
		signal?: AbortSignal
	): Promise<IngestResults[K]> {
		if (signal?.aborted) throw new LoadCancelled(name);
		worker ??= start();
		const id = ++next;
		const answer = new Promise<IngestResponse>((resolve, reject) =>
			waiting.set(id, { resolve, reject })
		);
		const cancel = () => stop(new LoadCancelled(name));
		signal?.addEventListener('abort', cancel, { once: true });
		try {
			worker.postMessage({ id, ...work } as IngestRequest);
			const response = await answer;
			if ('error' in response) throw new Error(response.error);
			return response.result as IngestResults[K];
		} finally {
			signal?.removeEventListener('abort', cancel);
		}
	}

	return {
		read: (job, opts) => run({ op: 'read', job }, job.name, opts?.signal),
		unzip: (file) => run({ op: 'unzip', file }, file.name),
		close: () => stop(new Error('The file reader was closed.'))
	};
}
