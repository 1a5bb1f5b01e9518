import Papa from 'papaparse';

const SNIFF_BYTES = 64 * 1024;

/**
 * Reads the header and first records of a CSV's bytes, BOM stripped, for detection and preview.
 * @example sniffHeader({ bytes }) // { header: ['Crime ID', 'Month', …], preview: [[…]] }
 */
export function sniffHeader(opts: { bytes: Uint8Array; previewRows?: number }): {
	header: string[];
	preview: string[][];
} {
	const head = new TextDecoder('utf-8').decode(opts.bytes.subarray(0, SNIFF_BYTES));
	const text = head.replace(/^\uFEFF/, '');
	const parsed = Papa.parse<string[]>(text, {
		header: false,
		preview: (opts.previewRows ?? 5) + 1,
		skipEmptyLines: true
	});
	const [header = [], ...preview] = parsed.data;
	return { header: header.map((h) => h.trim()), preview };
}
