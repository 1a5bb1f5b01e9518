import type { Connector, Row } from '../../db/connector';
import { runAll } from '../../db/transaction';
import type { LoadProgress } from '../../ingest/load-progress';
import { readAll, readHead, type FileBody } from '../../ingest/file-body';
import { decodeText } from '../../ingest/text/decode-text';
import type { TextEncodingName, ValidationIssue } from '../../ingest/types';
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
	/** Lines a byte-order mark was removed from. */
	bomLines: number[];
	/** Lines with empty fields beyond the header's, which the reader drops. */
	trailingLines: number[];
	/** How the file was read when it had to be re-encoded (mixed encodings, CR-only lines…). */
	warnings: ValidationIssue[];
	/** Whether the groups have their fingerprints (see addGroupsSql). */
	fingerprinted: boolean;
}

const NOT_UTF8 = /^INVALID (ENCODING|UNICODE)$/;

/**
 * Reads a police.uk street-level file (header already checked) with DuckDB's CSV reader into
 * `stage_police_groups`, fingerprints included when asked; with `rows`, also keeps every row in
 * the text staging table (to store them, or to point at the lines breaking a rule), and then
 * always fingerprints. A file that is not UTF-8 is read again as Windows-1252 (line by line), and
 * one with bare-CR line breaks is read with LFs. Throws
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
	const recode = async () => {
		const { bytes, warnings, encoding } = await toUtf8(opts.bytes, opts.name);
		const recoded = encoding === 'windows-1252';
		return { ...(await load({ ...opts, bytes })), warnings, recoded };
	};
	// The CSV reader knows no bare-CR line breaks: it would read such a file as one header line.
	if (opts.encoding === 'windows-1252' || (await hasOnlyCrLineBreaks(opts.bytes))) return recode();
	const loaded = await load(opts);
	if (!loaded.rejected.some((r) => NOT_UTF8.test(r.error_type))) {
		return { ...loaded, warnings: [], recoded: false };
	}
	return recode();
}

async function load(opts: Parameters<typeof loadPoliceFile>[0]) {
	const { db, header } = opts;
	const fingerprint = opts.rows || opts.fingerprint;
	await runAll({ db, queries: [opts.rows ? createStageSql() : dropStageSql(), createGroupsSql()] });
	const {
		blankLines,
		bomLines,
		trailingLines,
		rejected: lines
	} = await loadChunks({
		...opts,
		load: (path) => {
			const read = readChunkSql({ path, header });
			return opts.rows ? appendChunkSql(read) : addGroupsSql({ from: read, fingerprint });
		},
		rowsAdded: opts.rows ? (r) => Number(r[0]?.Count ?? 0) : sumRows
	});
	await runAll({ db, queries: [...(opts.rows ? [addStagedGroupsSql()] : []), trimGroupsSql()] });
	const rejected = lines > 0 ? await db.query<Rejected>(rejectedLinesSql()) : [];
	const found = { blankLines, bomLines, trailingLines };
	return { bytes: opts.bytes, rejected, ...found, fingerprinted: fingerprint };
}

const sumRows = (result: Row[]) => result.reduce((n, r) => n + Number(r.rows), 0);

/**
 * The file's text as UTF-8 bytes with LF or CRLF line breaks (a Windows-1252 export re-encoded,
 * BOMs dropped, bare CRs made LFs), and the warnings saying how it was read.
 */
async function toUtf8(
	body: FileBody,
	fileName: string
): Promise<{ bytes: Uint8Array; warnings: ValidationIssue[]; encoding: TextEncodingName }> {
	const decoded = decodeText({ bytes: await readAll({ body }), fileName });
	const text = decoded.lineEnding === 'cr' ? decoded.text.replaceAll('\r', '\n') : decoded.text;
	const { warnings, encoding } = decoded;
	return { bytes: new TextEncoder().encode(text), warnings, encoding };
}

/** Whether the file's first 64 KB break lines with bare CRs only. */
async function hasOnlyCrLineBreaks(body: FileBody): Promise<boolean> {
	const head = await readHead({ body, bytes: 65_536 });
	return head.includes(13) && !head.includes(10);
}
