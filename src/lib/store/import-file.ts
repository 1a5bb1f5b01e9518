import type { Connector } from '../db/connector';
import { chooseFormat } from '../ingest/detect/choose-format';
import type { MeasureDefaults } from '../ingest/formats/measure-defaults';
import { readAll, readHead, type FileBody } from '../ingest/file-body';
import { LoadCancelled, type LoadProgress } from '../ingest/load-progress';
import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import { SNIFF_HEAD_BYTES, sniffHeader } from '../ingest/sniff-header';
import { isZip } from '../ingest/text/unzip-csvs';
import type { FormatKind } from '../ingest/types';
import { zipUploadIssue } from '../ingest/zip-upload-issue';
import { findColumnMapping } from './find-column-mapping';
import { finishImport, type ImportAuthor, type ImportResult } from './finish-import';
import { rejectStage, type Staged } from './staged';
import type { RecordReader } from './read-records';
import { stagePoliceFile } from './stage-police-file';
import { stageReadFile } from './stage-read-file';

export type { ImportResult } from './finish-import';

/** How to import one file; see importFile. */
export interface ImportOptions extends ImportAuthor {
	db: Connector;
	name: string;
	/** The file: bytes in memory, or a Blob read slice by slice (a police.uk file is never read whole to be checked). */
	bytes: FileBody;
	now: Date;
	dryRun?: boolean;
	/** Read as this layout whatever the header looks like (the manual override). */
	format?: FormatKind;
	/** Read with this column mapping (any CSV → monthly counts, source `custom:<name>`). */
	mapping?: ColumnMapping;
	/** Unit and direction for measure files without those columns. */
	measureDefaults?: MeasureDefaults;
	signal?: AbortSignal;
	onProgress?: (p: LoadProgress) => void;
	/** Bytes per bulk-load chunk (progress and cancel happen between chunks). */
	chunkBytes?: number;
	/** Where non-police layouts are parsed: a Web Worker in the browser; in-process by default. */
	readRecords?: RecordReader;
}

/**
 * Validates a file of any layout we take, works out what it would change, and (unless `dryRun`)
 * stores it atomically. The layout is detected from the header unless `format` says; a file in no
 * known layout is read with `mapping`, or with the mapping saved for its header, if any.
 * @example await importFile({ db, name: '2021-06-city-of-london-street.csv', bytes, now: new Date() })
 */
export async function importFile(opts: ImportOptions): Promise<ImportResult> {
	const { db, name, bytes } = opts;
	const started = performance.now();
	const today = opts.now.toISOString().slice(0, 10);
	const finish = (staged: Staged, more: Pick<ImportResult, 'detection' | 'mapping'>) =>
		finishImport({ ...opts, ...more, staged });
	const none = { detection: null, mapping: null };
	const head = await readHead({ body: bytes, bytes: SNIFF_HEAD_BYTES });
	if (isZip({ bytes: head })) {
		const issues = [zipUploadIssue({ name, bytes: await readAll({ body: bytes }) })];
		return finish(rejectStage({ format: null, name, issues }), none);
	}
	const sniffed = sniffHeader({ bytes: head, fileName: name });
	if (sniffed.issue)
		return finish(rejectStage({ format: null, name, issues: [sniffed.issue] }), none);
	const { header, encoding } = sniffed;
	const detection = chooseFormat({ fileName: name, header, format: opts.format });
	const kind = detection.kind;
	const mapping =
		opts.mapping ??
		(kind === 'unknown' && !opts.format ? await findColumnMapping({ db, header }) : null);
	if (!mapping && (kind === 'police-street' || kind === 'police-street-legacy')) {
		const staged = await stagePoliceFile({ ...opts, kind, header, encoding });
		return finish(staged, { detection, mapping });
	}
	const all = await readAll({ body: bytes });
	const job = { name, bytes: all, kind, today, mapping, measureDefaults: opts.measureDefaults };
	const staged = await stageReadFile({ db, job, read: opts.readRecords, signal: opts.signal });
	if (opts.signal?.aborted) throw new LoadCancelled(name);
	opts.onProgress?.({
		file: name,
		bytesDone: all.length,
		bytesTotal: all.length,
		rows: staged.rows,
		elapsedMs: performance.now() - started
	});
	return finish(staged, { detection, mapping });
}
