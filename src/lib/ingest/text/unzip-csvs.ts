import { unzipSync } from 'fflate';
import type { ValidationIssue } from '../types';
import { IngestError } from '../validation/ingest-error';
import { issueMaker } from '../validation/issue-maker';
import { safeEntryName } from './safe-entry-name';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-limits';

/** A CSV file taken out of a zip archive; `name` keeps its folder inside the archive. */
export interface ZipEntry {
	name: string;
	bytes: Uint8Array;
}

const isNoise = (name: string): boolean =>
	name.endsWith('/') || name.startsWith('__MACOSX/') || /(^|\/)\._/.test(name);

/**
 * True when bytes start with a zip signature (including an empty archive).
 * @example isZip({ bytes: zipSync({}) }) // true
 */
export function isZip({ bytes }: { bytes: Uint8Array }): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

const inMb = (bytes: number) => `${Math.ceil(bytes / 1_048_576).toLocaleString('en-GB')} MB`;

/**
 * Extracts the .csv entries of a zip, skipping folders and macOS metadata. An archive whose
 * entries would expand past `limits` is refused before anything is expanded; entry names that
 * climb out of the archive keep only their base name (see safeEntryName).
 * @example unzipCsvs({ bytes: zipSync({ 'a.csv': strToU8('x\n1') }) }) // [{ name: 'a.csv', bytes }]
 */
export function unzipCsvs({
	bytes,
	fileName = 'archive.zip',
	limits = DEFAULT_ZIP_LIMITS
}: {
	bytes: Uint8Array;
	fileName?: string;
	limits?: ZipLimits;
}): ZipEntry[] {
	const seen: string[] = [];
	let files: Record<string, Uint8Array>;
	try {
		// First pass: the central directory only, to refuse a zip bomb before expanding it.
		// fflate inflates each entry into a buffer of its declared size, so these bound memory.
		let total = 0;
		unzipSync(bytes, {
			filter: (f) => {
				if (isNoise(f.name) || !/\.csv$/i.test(f.name)) return false;
				total += f.originalSize;
				if (f.originalSize > limits.entryBytes)
					throw tooLarge(fileName, `${f.name} expands to ${inMb(f.originalSize)}`, limits);
				if (total > limits.totalBytes)
					throw tooLarge(fileName, `its CSV files expand to over ${inMb(total)}`, limits);
				return false;
			}
		});
		files = unzipSync(bytes, {
			filter: (f) => {
				if (!isNoise(f.name)) seen.push(f.name);
				return !isNoise(f.name) && /\.csv$/i.test(f.name);
			}
		});
	} catch (e) {
		if (e instanceof IngestError) throw e;
		throw new IngestError({
			issue: issueMaker({ file: fileName })({
				rule: 'zip-unreadable',
				value: e instanceof Error ? e.message : String(e),
				expected: 'a complete zip archive',
				action: 'download the archive again; it may be truncated or damaged'
			})
		});
	}
	const taken = new Set<string>();
	const entries = Object.entries(files)
		.map(([name, data]) => ({ name: unique(safeEntryName(name), taken), bytes: data }))
		.sort((a, b) => a.name.localeCompare(b.name));
	if (entries.length > 0) return entries;
	throw new IngestError({ issue: noCsvIssue(fileName, seen) });
}

function unique(name: string, taken: Set<string>): string {
	let candidate = name;
	for (let n = 2; taken.has(candidate); n++) candidate = name.replace(/(\.[^.]*)?$/, ` (${n})$1`);
	taken.add(candidate);
	return candidate;
}

function tooLarge(fileName: string, value: string, limits: ZipLimits): IngestError {
	return new IngestError({
		issue: issueMaker({ file: fileName })({
			rule: 'zip-too-large',
			value,
			expected: `CSV files of at most ${inMb(limits.entryBytes)} each and ${inMb(limits.totalBytes)} in all`,
			action:
				'unzip the archive and upload its CSV files one by one, or raise SAFER_CITY_ZIP_LIMIT_MB / SAFER_CITY_ZIP_ENTRY_LIMIT_MB where the CLI or server runs'
		})
	});
}

function noCsvIssue(fileName: string, seen: string[]): ValidationIssue {
	const issue = issueMaker({ file: fileName });
	const expected = 'a zip archive holding at least one .csv file';
	const zips = seen.filter((n) => /\.zip$/i.test(n));
	if (seen.some((n) => n.startsWith('xl/'))) {
		const action = 'open the workbook and save each sheet as "CSV UTF-8 (comma delimited)"';
		return issue({ rule: 'zip-no-csv', value: 'an Excel .xlsx workbook', expected, action });
	}
	if (zips.length > 0) {
		const named = zips.slice(0, 3).map((n) => `'${n}'`);
		const more = zips.length > 3 ? ` and ${zips.length - 3} more` : '';
		return issue({
			rule: 'zip-no-csv',
			value: `only another zip archive: ${zips.slice(0, 3).join(', ')}${more}`,
			expected,
			action: `unzip ${named.join(', ')}${more} from it first and upload ${zips.length === 1 ? 'that archive' : 'those archives'} (or the CSV files inside) instead`
		});
	}
	return issue({
		rule: 'zip-no-csv',
		value: seen.slice(0, 5).join(', ') || 'nothing',
		expected,
		action: 'add the CSV files to the archive or upload them directly'
	});
}
