import type { MeasureDefaults } from '../ingest/formats/measure-defaults';
import { applyMapping } from '../ingest/mapping/apply-mapping';
import type { ColumnMapping } from '../ingest/mapping/column-mapping';
import { parseFile } from '../ingest/parse-file';
import { decodeText } from '../ingest/text/decode-text';
import type { FormatKind, ValidationIssue } from '../ingest/types';
import { IngestError } from '../ingest/validation/ingest-error';
import { issueMaker } from '../ingest/validation/issue-maker';
import type { StoreRecords } from './stage-records';
import { storeRecords } from './store-records';

/** A file to read into store records: by its layout, or by a column mapping. */
export interface ReadJob {
	name: string;
	bytes: Uint8Array;
	today: string;
	kind: FormatKind;
	mapping?: ColumnMapping | null;
	measureDefaults?: MeasureDefaults;
}

/** The records a file holds (null when it holds none we keep) and every problem found. */
export interface ReadResult {
	data: StoreRecords | null;
	issues: ValidationIssue[];
}

/** Reads records off the caller's thread (a Web Worker in the browser) or on it; `signal` cancels. */
export type RecordReader = (job: ReadJob, opts?: { signal?: AbortSignal }) => Promise<ReadResult>;

/**
 * Parses and normalises a file of a layout read in TypeScript (MOPAC, LFB, outcomes, measures) or
 * any CSV through a column mapping; pure, so it runs the same in a worker, in Node and in tests.
 * @example readRecords({ name: 'mps.csv', bytes, today: '2025-06-30', kind: 'mopac-wide' }).data?.kind // 'counts'
 */
export function readRecords(job: ReadJob): ReadResult {
	return job.mapping ? readMapped({ ...job, mapping: job.mapping }) : readParsed(job);
}

function readParsed(job: ReadJob): ReadResult {
	const { name, kind } = job;
	const [parsed] = parseFile({
		fileName: name,
		bytes: job.bytes,
		today: job.today,
		format: kind,
		measureDefaults: job.measureDefaults
	});
	const issues: ValidationIssue[] = [...(parsed?.issues ?? [])];
	if (kind === 'ons-lookup') issues.push(referenceFile(name));
	const stored = parsed ? storeRecords({ data: parsed.data, fileName: name }) : null;
	issues.push(...(stored?.issues ?? []));
	return { data: stored?.data ?? null, issues };
}

function readMapped(job: ReadJob & { mapping: ColumnMapping }): ReadResult {
	let decoded: ReturnType<typeof decodeText>;
	try {
		decoded = decodeText({ bytes: job.bytes, fileName: job.name });
	} catch (error) {
		if (!(error instanceof IngestError)) throw error;
		return { data: null, issues: [error.issue] };
	}
	const { mapping, today } = job;
	const { text, warnings } = decoded;
	const mapped = applyMapping({ text, fileName: job.name, mapping, today });
	const { rows } = mapped;
	const issues = [...mapped.issues, ...warnings];
	const records = rows.map(({ source, area, category, month, count }) => ({
		source,
		area,
		category,
		month,
		count
	}));
	return { data: { kind: 'counts', records }, issues };
}

const referenceFile = (file: string): ValidationIssue =>
	issueMaker({ file })({
		rule: 'reference-file',
		expected:
			'a file of figures: police.uk crime or outcomes, MOPAC tables, LFB incidents or partner measures',
		action:
			'nothing to do: an ONS lookup of local authorities to community safety partnerships and police force areas is reference data, so it is not stored'
	});
