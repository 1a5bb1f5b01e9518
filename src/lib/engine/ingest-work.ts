import { expandZip, type NamedBytes } from '../ingest/expand-zip';
import { readRecords, type ReadJob } from '../store/read-records';

/** Work for the ingest worker, tagged so its answer finds the caller. */
export type IngestRequest =
	| { id: number; op: 'read'; job: ReadJob }
	| { id: number; op: 'unzip'; file: NamedBytes & { separator?: string } };

/** What each kind of work gives back. */
export interface IngestResults {
	read: ReturnType<typeof readRecords>;
	unzip: ReturnType<typeof expandZip>;
}

/** The worker's answer: the result, or the error that stopped it. */
export type IngestResponse = { id: number; result: unknown } | { id: number; error: string };

/**
 * Does one piece of ingest work and says which buffers the answer can hand over without a copy.
 * @example runIngestWork({ id: 1, op: 'unzip', file: { name: 'a.zip', bytes } }).response
 */
export function runIngestWork(request: IngestRequest): {
	response: IngestResponse;
	transfer: ArrayBuffer[];
} {
	const { id } = request;
	try {
		if (request.op === 'read')
			return { response: { id, result: readRecords(request.job) }, transfer: [] };
		const result = expandZip(request.file);
		const buffers = result.files.map((f) => f.bytes.buffer as ArrayBuffer);
		return { response: { id, result }, transfer: [...new Set(buffers)] };
	} catch (e) {
		return { response: { id, error: (e as Error).message }, transfer: [] };
	}
}
