import type { Connector } from '../../db/connector';
import { runAll } from '../../store/transaction';
import { LoadCancelled, type LoadProgress } from '../load-progress';
import { chunkFile, splitChunks } from '../split-chunks';
import { appendChunkSql, collectRejectsSql, createStageSql } from './stage-police-street-sql';

const CHUNK_BYTES = 32 * 1024 * 1024;

/**
 * Bulk-loads a CSV into the staging table chunk by chunk with DuckDB's CSV reader, reporting
 * progress after each chunk and stopping between chunks when the signal is aborted.
 * @example await loadChunks({ db, name, bytes, header, onProgress: console.log })
 */
export async function loadChunks(opts: {
	db: Connector;
	name: string;
	bytes: Uint8Array;
	header: string[];
	chunkBytes?: number;
	signal?: AbortSignal;
	onProgress?: (p: LoadProgress) => void;
	clock?: () => number;
}): Promise<void> {
	const { db, name, bytes } = opts;
	const clock = opts.clock ?? (() => performance.now());
	const started = clock();
	const split = splitChunks({ bytes, chunkBytes: opts.chunkBytes ?? CHUNK_BYTES });
	await runAll({ db, queries: createStageSql() });
	let rows = 0;
	for (const [i, chunk] of split.chunks.entries()) {
		if (opts.signal?.aborted) throw new LoadCancelled(name);
		const path = await db.registerFile({
			name: `${i}-${name}`,
			bytes: chunkFile({ bytes, header: split.header, chunk })
		});
		try {
			const [inserted] = await db.query<{ Count: number }>(
				appendChunkSql({ path, header: opts.header })
			);
			rows += Number(inserted?.Count ?? 0);
			await runAll({ db, queries: collectRejectsSql({ firstLine: chunk.firstLine }) });
		} finally {
			await db.dropFile(path);
		}
		opts.onProgress?.({
			file: name,
			bytesDone: chunk.end,
			bytesTotal: bytes.length,
			rows,
			elapsedMs: clock() - started
		});
	}
	if (opts.signal?.aborted) throw new LoadCancelled(name);
}
