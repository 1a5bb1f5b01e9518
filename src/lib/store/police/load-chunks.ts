import type { Connector, Query, Row } from '../../db/connector';
import { runAll } from '../../db/transaction';
import { byteSource, type FileBody } from '../../ingest/file-body';
import { LoadCancelled, type LoadProgress } from '../../ingest/load-progress';
import { csvChunks } from '../../ingest/police/csv-chunks';
import { collectRejectsSql, createRejectsSql, rejectCountSql } from './stage-police-street-sql';

const CHUNK_BYTES = 32 * 1024 * 1024;
/** Small first chunks, each next twice as big, get DuckDB going while the next chunk is read and cut. */
const FIRST_CHUNK_BYTES = 1024 * 1024;

/**
 * Bulk-loads a CSV chunk by chunk with DuckDB's CSV reader, reporting progress after each chunk
 * and stopping between chunks when the signal is aborted; lines the reader rejects go to
 * `stage_rejects` (and are counted). The next chunk is cut and scanned while DuckDB reads the
 * current one.
 * @example await loadChunks({ db, name, bytes, load: (path) => appendChunkSql(…), rowsAdded })
 */
export async function loadChunks(opts: {
	db: Connector;
	name: string;
	bytes: FileBody;
	/** The statement loading one registered chunk. */
	load: (path: string) => Query;
	/** How many records a chunk's statement loaded, from its result. */
	rowsAdded: (result: Row[]) => number;
	chunkBytes?: number;
	signal?: AbortSignal;
	onProgress?: (p: LoadProgress) => void;
	clock?: () => number;
}): Promise<{
	blankLines: number[];
	bomLines: number[];
	trailingLines: number[];
	rejected: number;
}> {
	const { db, name, bytes } = opts;
	const clock = opts.clock ?? (() => performance.now());
	const started = clock();
	await runAll({ db, queries: createRejectsSql() });
	const chunkBytes = opts.chunkBytes ?? CHUNK_BYTES;
	const source = byteSource(bytes);
	const chunks = csvChunks({ source, chunkBytes, firstChunkBytes: FIRST_CHUNK_BYTES });
	const read: { path: string; firstLine: number }[] = [];
	const blankLines: number[] = [];
	const bomLines: number[] = [];
	const trailingLines: number[] = [];
	let rows = 0;
	for (let next = await chunks.next(); !next.done;) {
		const chunk = next.value;
		if (opts.signal?.aborted) throw new LoadCancelled(name);
		const path = await db.registerFile({ name: `${read.length}-${name}`, bytes: chunk.file });
		read.push({ path, firstLine: chunk.firstLine });
		try {
			const loading = db.query(opts.load(path));
			const cutting = chunks.next();
			rows += opts.rowsAdded(await loading);
			next = await cutting;
		} finally {
			await db.dropFile(path);
		}
		blankLines.push(...chunk.blankLines);
		bomLines.push(...chunk.bomLines);
		trailingLines.push(...chunk.trailingLines);
		opts.onProgress?.({
			file: name,
			bytesDone: chunk.end,
			bytesTotal: source.size,
			rows,
			elapsedMs: clock() - started
		});
	}
	if (opts.signal?.aborted) throw new LoadCancelled(name);
	if (read.length === 0) return { blankLines, bomLines, trailingLines, rejected: 0 };
	const [count] = await db.query<{ rejected: number }>(rejectCountSql());
	const rejected = count?.rejected ?? 0;
	if (rejected > 0) await runAll({ db, queries: collectRejectsSql({ chunks: read }) });
	return { blankLines, bomLines, trailingLines, rejected };
}
