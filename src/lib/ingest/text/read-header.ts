import Papa from 'papaparse';
import { IngestError } from '../validation/ingest-error';
import { issueMaker } from '../validation/issue-maker';

/** Longest first line we accept; a longer one means the file is not line-oriented CSV. */
export const MAX_HEADER_CHARS = 1_048_576;

/**
 * The first CSV record, BOM stripped; throws IngestError for an empty file or one with no line breaks.
 * @example readHeader({ text: '\uFEFFLAD17CD,LAD17NM\nE06000001,Hartlepool' }) // ['LAD17CD', 'LAD17NM']
 */
export function readHeader({
	text,
	fileName = 'file'
}: {
	text: string;
	fileName?: string;
}): string[] {
	const issue = issueMaker({ file: fileName });
	if (text.trim() === '') {
		throw new IngestError({
			issue: issue({
				rule: 'empty-file',
				expected: 'a header row followed by data rows',
				action: 'export the file again; it may have been saved before the data was written'
			})
		});
	}
	const head = text.slice(0, MAX_HEADER_CHARS);
	if (text.length > MAX_HEADER_CHARS && !/[\r\n]/.test(head)) {
		throw new IngestError({
			issue: issue({
				rule: 'csv-line-size-over-maximum',
				line: 1,
				expected: 'one record per line with a header line shorter than 1 MB',
				action: 'check that this is a CSV export and not a JSON, XML or other single-line file'
			})
		});
	}
	const parsed = Papa.parse<string[]>(head.replace(/^\uFEFF/, ''), {
		header: false,
		delimiter: ',',
		preview: 1
	});
	return parsed.data[0] ?? [];
}
