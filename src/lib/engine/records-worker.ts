import { readRecords, type ReadJob } from '../store/read-records';

/** A read for the worker to run, tagged so its answer finds the caller. */
export interface RecordsRequest {
	id: number;
	job: ReadJob;
}

/** The worker's answer: the records read, or the error that stopped it. */
export type RecordsResponse =
	{ id: number; result: ReturnType<typeof readRecords> } | { id: number; error: string };

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<RecordsRequest>) => void) | null;
	postMessage: (response: RecordsResponse) => void;
};

// Parsing a large MOPAC or LFB file takes seconds: here it leaves the page free to respond.
scope.onmessage = ({ data }) => {
	const { id, job } = data;
	let response: RecordsResponse;
	try {
		response = { id, result: readRecords(job) };
	} catch (e) {
		response = { id, error: (e as Error).message };
	}
	scope.postMessage(response);
};
