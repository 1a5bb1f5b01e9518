import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadCancelled } from '../ingest/load-progress';
import { strToU8, zipSync } from 'fflate';
import type { ReadJob } from '../store/read-records';
import { runIngestWork, type IngestRequest, type IngestResponse } from './ingest-work';
import { createIngestWorker } from './ingest-worker-client';

/** Stands in for the browser's Worker: does the work after a tick, unless terminated. */
class FakeWorker {
	static started: FakeWorker[] = [];
	onmessage: ((e: { data: IngestResponse }) => void) | null = null;
	onerror: ((e: { message: string }) => void) | null = null;
	terminated = false;
	constructor(readonly url: URL) {
		FakeWorker.started.push(this);
	}
	postMessage(request: IngestRequest) {
		setTimeout(() => {
			if (!this.terminated) this.onmessage?.({ data: runIngestWork(request).response });
		}, 5);
	}
	terminate() {
		this.terminated = true;
	}
}

const job = (name: string): ReadJob => ({
	name,
	kind: 'measures-long',
	today: '2025-06-30',
	bytes: new TextEncoder().encode(
		'period,area,measure,value,unit,target,direction\n2024-05,City of London,Reoffending,12,percent,,down\n'
	)
});

describe('createIngestWorker', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		FakeWorker.started = [];
	});

	it('reads in one worker, started on the first read and kept for the next', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const reader = createIngestWorker();
		expect(FakeWorker.started).toHaveLength(0);
		const [a, b] = await Promise.all([reader.read(job('a.csv')), reader.read(job('b.csv'))]);
		expect(a.data?.kind).toBe('measures');
		expect(a.data?.records).toHaveLength(1);
		expect(b.issues).toEqual([]);
		expect(FakeWorker.started).toHaveLength(1);
		expect(FakeWorker.started[0]!.url.pathname).toMatch(/ingest-worker\.ts$/);
	});

	it('stops the worker on cancel, and the next read starts another', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const reader = createIngestWorker();
		const controller = new AbortController();
		const reading = reader.read(job('big.csv'), { signal: controller.signal });
		controller.abort();
		await expect(reading).rejects.toBeInstanceOf(LoadCancelled);
		expect(FakeWorker.started[0]!.terminated).toBe(true);
		expect((await reader.read(job('next.csv'))).data?.records).toHaveLength(1);
		expect(FakeWorker.started).toHaveLength(2);
	});

	it('opens a zip in the same worker, naming entries after the archive', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const ingest = createIngestWorker();
		const bytes = zipSync({
			'b.csv': strToU8('x\n2'),
			'a.csv': strToU8('x\n1'),
			'c.txt': strToU8('')
		});
		const opened = await ingest.unzip({ name: 'd.zip', bytes, separator: ' › ' });
		expect(opened.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
			['d.zip › a.csv', 'x\n1'],
			['d.zip › b.csv', 'x\n2']
		]);
		const broken = await ingest.unzip({ name: 'e.zip', bytes: bytes.subarray(0, 30) });
		expect([broken.files, broken.issue?.rule]).toEqual([[], 'zip-unreadable']);
		await ingest.read(job('a.csv'));
		expect(FakeWorker.started).toHaveLength(1);
	});

	it('refuses a read already cancelled without starting a worker', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const controller = new AbortController();
		controller.abort();
		const reading = createIngestWorker().read(job('x.csv'), { signal: controller.signal });
		await expect(reading).rejects.toThrow('Loading x.csv was cancelled');
		expect(FakeWorker.started).toHaveLength(0);
	});
});
