import { checkHeader } from './detect/check-header';
import { chooseFormat } from './detect/choose-format';
import type { MeasureDefaults } from './formats/measure-defaults';
import { todayIso } from './formats/open-table';
import { parseLfbIncidents } from './formats/parse-lfb-incidents';
import { parseMeasuresLong } from './formats/parse-measures-long';
import { parseMeasuresWide } from './formats/parse-measures-wide';
import { parseMopacWide } from './formats/parse-mopac-wide';
import { parsePoliceOutcomes } from './formats/parse-police-outcomes';
import { decodeText } from './text/decode-text';
import { findMojibake } from './text/find-mojibake';
import { readHeader } from './text/read-header';
import { isZip, unzipCsvs } from './text/unzip-csvs';
import type {
	FormatDetection,
	FormatKind,
	LfbIncidentRow,
	LineEnding,
	MeasureRow,
	MopacCountRow,
	OutcomeRow,
	TextEncodingName,
	ValidationIssue
} from './types';
import { IngestError } from './validation/ingest-error';

/** Normalised rows by layout; `none` for layouts loaded elsewhere (police street via DuckDB) or refused. */
export type ParsedRows =
	| { kind: 'mopac-wide'; rows: MopacCountRow[] }
	| { kind: 'lfb-incidents'; rows: LfbIncidentRow[] }
	| { kind: 'measures-long' | 'measures-wide'; rows: MeasureRow[] }
	| { kind: 'police-outcomes'; rows: OutcomeRow[] }
	| { kind: 'none' };

/** One CSV (a zip yields several): how it was read, what it is, its rows and its issues. */
export interface ParsedFile {
	/** The file name, or `archive.zip/inner/name.csv` for a zip entry. */
	name: string;
	bytes: Uint8Array;
	encoding: TextEncodingName | null;
	lineEnding: LineEnding | null;
	/** null when the file could not be read as text. */
	detection: FormatDetection | null;
	issues: ValidationIssue[];
	data: ParsedRows;
}

interface Options {
	fileName: string;
	bytes: Uint8Array;
	today?: string;
	measureDefaults?: MeasureDefaults;
	/** Read as this layout whatever the header looks like (the manual override on upload). */
	format?: FormatKind;
}

const failed = (name: string, bytes: Uint8Array, e: unknown): ParsedFile => {
	if (!(e instanceof IngestError)) throw e;
	const base = {
		encoding: null,
		lineEnding: null,
		detection: null,
		data: { kind: 'none' }
	} as const;
	return { ...base, name, bytes, issues: [e.issue] };
};

function parseOne({
	fileName,
	bytes,
	today = todayIso(),
	measureDefaults,
	format
}: Options): ParsedFile {
	let decoded: ReturnType<typeof decodeText>;
	let header: string[];
	try {
		decoded = decodeText({ bytes, fileName });
		header = readHeader({ text: decoded.text, fileName });
	} catch (e) {
		return failed(fileName, bytes, e);
	}
	const { text, encoding, lineEnding, warnings } = decoded;
	const detection = chooseFormat({ fileName, header, format });
	const base = { name: fileName, bytes, encoding, lineEnding, detection };
	const mojibake = findMojibake({ text, fileName });
	const args = { text, fileName, today };
	const done = (data: ParsedRows, issues: ValidationIssue[]): ParsedFile => ({
		...base,
		data,
		issues: [...issues, ...warnings, ...mojibake]
	});
	switch (detection.kind) {
		case 'mopac-wide':
			return withRows('mopac-wide', parseMopacWide(args), done);
		case 'lfb-incidents':
			return withRows('lfb-incidents', parseLfbIncidents(args), done);
		case 'police-outcomes':
			return withRows('police-outcomes', parsePoliceOutcomes(args), done);
		case 'measures-long':
			return withRows(
				'measures-long',
				parseMeasuresLong({ ...args, defaults: measureDefaults }),
				done
			);
		case 'measures-wide':
			return withRows(
				'measures-wide',
				parseMeasuresWide({ ...args, defaults: measureDefaults }),
				done
			);
		default:
			return done({ kind: 'none' }, checkHeader({ kind: detection.kind, header, fileName }));
	}
}

function withRows<K extends Exclude<ParsedRows['kind'], 'none'>>(
	kind: K,
	result: { rows: unknown[]; issues: ValidationIssue[] },
	done: (data: ParsedRows, issues: ValidationIssue[]) => ParsedFile
): ParsedFile {
	return done({ kind, rows: result.rows } as ParsedRows, result.issues);
}

/**
 * Decodes (or unzips), detects and normalises an uploaded file; never throws for a bad file.
 * Police street files are only detected and header-checked here: their rows load through DuckDB.
 * @example parseFile({ fileName: 'mps.csv', bytes })[0].data.kind // 'mopac-wide'
 */
export function parseFile(options: Options): ParsedFile[] {
	const { fileName, bytes } = options;
	if (!isZip({ bytes })) return [parseOne(options)];
	try {
		return unzipCsvs({ bytes, fileName }).map((entry) =>
			parseOne({ ...options, fileName: `${fileName}/${entry.name}`, bytes: entry.bytes })
		);
	} catch (e) {
		return [failed(fileName, bytes, e)];
	}
}
