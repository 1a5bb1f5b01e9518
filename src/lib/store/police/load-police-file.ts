import type { Connector, Row } from '../../db/connector';
import { runAll } from '../../db/transaction';
import type { LoadProgress } from '../../ingest/load-progress';
import { readAll, type FileBody } from '../../ingest/file-body';
import { decodeText } from '../../ingest/text/decode-text';
import type { TextEncodingName } from '../../ingest/types';
import { loadChunks } from './load-chunks';
import {
	addGroupsSql,
	addStagedGroupsSql,
	createGroupsSql,
	trimGroupsSql
} from './police-groups-sql';
import { rejectedLinesSql } from './police-issues-sql';
import {
	appendChunkSql,
	createStageSql,
	dropStageSql,
	readChunkSql
} from './stage-police-street-sql';

/** Lines of one kind the CSV reader rejected: how many, and the first few. */
export type Rejected = {
	error_type: string;
	count: number;
	lines: number[];
	values: (string | null)[];
	message: string;
};

/** What loading a police.uk street-level file found. */
export interface LoadedPoliceFile {
	/** The bytes read: the file's own, or re-encoded as UTF-8 when it was not UTF-8. */
	bytes: FileBody;
	recoded: boolean;
	rejected: Rejected[];
	blankLines: number[];
	/** Whether the groups have their fingerprints (see addGroupsSql). */
	fingerprinted: boolean;
}

const NOT_UTF8 = /^INVALID (ENCODING|UNICODE)$/;

/**
 * Reads a police.uk street-level file (header already checked) with DuckDB's CSV reader into
 * `stage_police_groups`, fingerprints included when asked; with `rows`, also keeps every row in
 * the text staging table (to store them, or to point at the lines breaking a rule), and then
 * always fingerprints. A file that is not UTF-8 is read again as Windows-1252. Throws
 * LoadCancelled when cancelled, and what DuckDB throws for an unreadable file.
 * @example await loadPoliceFile({ db, name, bytes, header, encoding: 'utf-8', rows: false, fingerprint: false })
 */
export async function loadPoliceFile(opts: {
	db: Connector;
	name: string;
	bytes: FileBody;
	header: string[];
	encoding: TextEncodingName;
	rows: boolean;
	fingerprint: boolean;
	signal?: AbortSignal;
	onProgress?: (p: LoadProgress) => void;
	chunkBytes?: number;
}): Promise<LoadedPoliceFile> {
	const recoded = opts.encoding === 'windows-1252';
	const loaded = await load({ ...opts, bytes: recoded ? await toUtf8(opts.bytes) : opts.bytes });
	if (recoded || !loaded.rejected.some((r) => NOT_UTF8.test(r.error_type))) {
		return { ...loaded, recoded };
	}
	return { ...(await load({ ...opts, bytes: await toUtf8(opts.bytes) })), recoded: true };
}

async function load(opts: Parameters<typeof loadPoliceFile>[0]) {
	const { db, header } = opts;
	const fingerprint = opts.rows || opts.fingerprint;
	await runAll({ db, queries: [opts.rows ? createStageSql() : dropStageSql(), createGroupsSql()] });
	const { blankLines, rejected: lines } = await loadChunks({
		...opts,
		load: (path) => {
			const read = readChunkSql({ path, header });
			return opts.rows ? appendChunkSql(read) : addGroupsSql({ from: read, fingerprint });
		},
		rowsAdded: opts.rows ? (r) => Number(r[0]?.Count ?? 0) : sumRows
	});
	await runAll({ db, queries: [...(opts.rows ? [addStagedGroupsSql()] : []), trimGroupsSql()] });
	const rejected = lines > 0 ? await db.query<Rejected>(rejectedLinesSql()) : [];
	return { bytes: opts.bytes, rejected, blankLines, fingerprinted: fingerprint };
}

const sumRows = (result: Row[]) => result.reduce((n, r) => n + Number(r.rows), 0);

/** The file's text as UTF-8 bytes (a Windows-1252 export re-encoded; a BOM dropped). */
async function toUtf8(body: FileBody): Promise<Uint8Array> {
	return new TextEncoder().encode(decodeText({ bytes: await readAll({ body }) }).text);
}
