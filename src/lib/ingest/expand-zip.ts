import { isZip, unzipCsvs } from './text/unzipCsvs';
import type { ValidationIssue } from './types';
import { IngestError } from './validation/IngestError';

/** A file to import: its name (`archive.zip/inner.csv` for a file from a zip) and bytes. */
export interface NamedBytes {
	name: string;
	bytes: Uint8Array;
}

/**
 * Opens a zip archive into its CSV files; any other file comes back as it is. A damaged archive
 * or one with no CSV gives an issue instead.
 * @example expandZip({ name: 'download.zip', bytes }).files.map((f) => f.name) // ['download.zip/2021-06/2021-06-city-of-london-street.csv']
 */
export function expandZip(opts: NamedBytes): {
	files: NamedBytes[];
	issue: ValidationIssue | null;
} {
	if (!isZip({ bytes: opts.bytes })) return { files: [opts], issue: null };
	try {
		const entries = unzipCsvs({ bytes: opts.bytes, fileName: opts.name });
		return {
			files: entries.map((e) => ({ name: `${opts.name}/${e.name}`, bytes: e.bytes })),
			issue: null
		};
	} catch (error) {
		if (error instanceof IngestError) return { files: [], issue: error.issue };
		throw error;
	}
}
