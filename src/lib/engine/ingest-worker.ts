import { runIngestWork, type IngestRequest, type IngestResponse } from './ingest-work';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<IngestRequest>) => void) | null;
	postMessage: (response: IngestResponse, transfer: Transferable[]) => void;
};

// Parsing a large MOPAC or LFB file, or opening a zip, takes seconds: here the page stays free.
scope.onmessage = ({ data }) => {
	const { response, transfer } = runIngestWork(data);
	scope.postMessage(response, transfer);
};
