import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadCancelled } from '../ingest/load-progress';
import { readRecords, type ReadJob } from '../store/read-records';
import type { RecordsRequest, RecordsResponse } from './records-worker';
import { createWorkerRecordReader } from './worker-record-reader';

/** Stands in for the browser's Worker: answers with readRecords after a tick, unless terminated. */
class FakeWorker {
	static started: FakeWorker[] = [];
	onmessage: ((e: { data: RecordsResponse }) => void) | null = null;
	onerror: ((e: { message: string }) => void) | null = null;
	terminated = false;
	constructor(readonly url: URL) {
		FakeWorker.started.push(this);
	}
	postMessage({ id, job }: RecordsRequest) {
		setTimeout(() => {
			if (!this.terminated) this.onmessage?.({ data: { id, result: readRecords(job) } });
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

describe('createWorkerRecordReader', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		FakeWorker.started = [];
	});

	it('reads in one worker, started on the first read and kept for the next', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const reader = createWorkerRecordReader();
		expect(FakeWorker.started).toHaveLength(0);
		const [a, b] = await Promise.all([reader.read(job('a.csv')), reader.read(job('b.csv'))]);
		expect(a.data?.kind).toBe('measures');
		expect(a.data?.records).toHaveLength(1);
		expect(b.issues).toEqual([]);
		expect(FakeWorker.started).toHaveLength(1);
		expect(FakeWorker.started[0]!.url.pathname).toMatch(/records-worker\.ts$/);
	});

	it('stops the worker on cancel, and the next read starts another', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const reader = createWorkerRecordReader();
		const controller = new AbortController();
		const reading = reader.read(job('big.csv'), { signal: controller.signal });
		controller.abort();
		await expect(reading).rejects.toBeInstanceOf(LoadCancelled);
		expect(FakeWorker.started[0]!.terminated).toBe(true);
		expect((await reader.read(job('next.csv'))).data?.records).toHaveLength(1);
		expect(FakeWorker.started).toHaveLength(2);
	});

	it('refuses a read already cancelled without starting a worker', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const controller = new AbortController();
		controller.abort();
		const reading = createWorkerRecordReader().read(job('x.csv'), { signal: controller.signal });
		await expect(reading).rejects.toThrow('Loading x.csv was cancelled');
		expect(FakeWorker.started).toHaveLength(0);
	});
});
