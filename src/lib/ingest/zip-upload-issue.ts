import { unzipCsvs } from './text/unzip-csvs';
import type { ValidationIssue } from './types';
import { IngestError } from './validation/ingest-error';
import { issueMaker } from './validation/issue-maker';

/**
 * Why a zip archive handed straight to the importer is refused: it is damaged or holds no CSV,
 * or it must be opened first (the upload page and the CLI open archives into their CSV files).
 * @example zipUploadIssue({ name: 'download.zip', bytes }).rule // 'zip-archive'
 */
export function zipUploadIssue(opts: { name: string; bytes: Uint8Array }): ValidationIssue {
	let names: string[];
	try {
		names = unzipCsvs({ bytes: opts.bytes, fileName: opts.name }).map((e) => e.name);
	} catch (error) {
		if (error instanceof IngestError) return error.issue;
		throw error;
	}
	return issueMaker({ file: opts.name })({
		rule: 'zip-archive',
		value: names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : ''),
		expected: 'one CSV file per upload',
		action:
			'open the archive and upload the CSV files in it; the upload page and the CLI do this when given the .zip'
	});
}
