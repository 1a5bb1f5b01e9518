import { LoadCancelled } from '../ingest/load-progress';
import type { RecordReader } from '../store/read-records';
import type { RecordsRequest, RecordsResponse } from './records-worker';

type Waiting = { resolve: (r: RecordsResponse) => void; reject: (e: unknown) => void };

/**
 * Reads records in a Web Worker, started on the first read; a cancel stops the worker (the next
 * read starts another) and `close` ends it.
 * @example const reader = createWorkerRecordReader(); await reader.read(job, { signal });
 */
export function createWorkerRecordReader(): { read: RecordReader; close: () => void } {
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
		const started = new Worker(new URL('./records-worker.ts', import.meta.url), {
			type: 'module',
			name: 'records-worker'
		});
		started.onmessage = ({ data }: MessageEvent<RecordsResponse>) => {
			waiting.get(data.id)?.resolve(data);
			waiting.delete(data.id);
		};
		started.onerror = (e) => stop(new Error(`The file reader stopped: ${e.message}`));
		return started;
	};

	const read: RecordReader = async (job, opts) => {
		const signal = opts?.signal;
		if (signal?.aborted) throw new LoadCancelled(job.name);
		worker ??= start();
		const id = ++next;
		const answer = new Promise<RecordsResponse>((resolve, reject) =>
			waiting.set(id, { resolve, reject })
		);
		const cancel = () => stop(new LoadCancelled(job.name));
		signal?.addEventListener('abort', cancel, { once: true });
		try {
			worker.postMessage({ id, job } satisfies RecordsRequest);
			const response = await answer;
			if ('error' in response) throw new Error(response.error);
			return response.result;
		} finally {
			signal?.removeEventListener('abort', cancel);
		}
	};
	return { read, close: () => stop(new Error('The file reader was closed.')) };
}
