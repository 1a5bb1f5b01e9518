import { isZip, unzipCsvs } from './text/unzip-csvs';
import type { ZipLimits } from './text/zip-limits';
import type { ValidationIssue } from './types';
import { IngestError } from './validation/ingest-error';

/** A file to import: its name (`archive.zip/inner.csv` for a file from a zip) and bytes. */
export interface NamedBytes {
	name: string;
	bytes: Uint8Array;
}

/**
 * Opens a zip archive into its CSV files; any other file comes back as it is. A damaged archive
 * or one with no CSV gives an issue instead. Inner names follow the archive's after `separator`.
 * @example expandZip({ name: 'download.zip', bytes }).files.map((f) => f.name) // ['download.zip/2021-06/2021-06-city-of-london-street.csv']
 */
export function expandZip(opts: NamedBytes & { separator?: string; limits?: ZipLimits }): {
	files: NamedBytes[];
	issue: ValidationIssue | null;
} {
	const { name, bytes, separator = '/', limits } = opts;
	if (!isZip({ bytes })) return { files: [{ name, bytes }], issue: null };
	try {
		const entries = unzipCsvs({ bytes, fileName: name, limits });
		return {
			files: entries.map((e) => ({ name: `${name}${separator}${e.name}`, bytes: e.bytes })),
			issue: null
		};
	} catch (error) {
		if (error instanceof IngestError) return { files: [], issue: error.issue };
		throw error;
	}
}
