import type { ValidationIssue } from '../types';
import { issueMaker } from '../validation/issue-maker';

const SAMPLE_BYTES = 65_536;
const LF = 10;
export const RESAVE =
	'open it in a spreadsheet and save it as "CSV UTF-8 (comma delimited)", then upload that';

// Magic numbers of files people upload by mistake, so the error can say what the file is.
const SIGNATURES: Array<[number[], string]> = [
	[[0x50, 0x4b, 0x03, 0x04], 'a zip archive or an Excel .xlsx workbook'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'an Excel 97–2003 .xls workbook'],
	[[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
	[[0x1f, 0x8b], 'a gzip archive']
];

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
	prefix.every((b, i) => bytes[i] === b);

/** UTF-16 without a byte-order mark: text whose every other byte is NUL (ASCII in UTF-16LE or BE). */
function looksUtf16(sample: Uint8Array): boolean {
	const zeros = [0, 0];
	for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i % 2]!++;
	const half = sample.length / 2;
	const [even, odd] = zeros as [number, number];
	return (
		Math.max(even, odd) >= 4 &&
		Math.max(even, odd) > 0.3 * half &&
		Math.min(even, odd) < 0.05 * half
	);
}

function controlShare(sample: Uint8Array): { control: number; nul: number } {
	let control = 0;
	let nul = 0;
	for (const b of sample) {
		if (b === 0) nul++;
		else if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f)
			control++;
	}
	return { control: control / (sample.length || 1), nul: nul / (sample.length || 1) };
}

/** The first NUL byte's line, and a snippet of that line with the NUL shown as ␀. */
function nulIssue(bytes: Uint8Array, at: number, fileName: string): ValidationIssue {
	let line = 1;
	for (let i = bytes.indexOf(LF); i >= 0 && i < at; i = bytes.indexOf(LF, i + 1)) line++;
	const from = Math.max(0, at - 30, bytes.lastIndexOf(LF, at) + 1);
	const next = bytes.indexOf(LF, at);
	const to = Math.min(at + 30, next < 0 ? bytes.length : next);
	const value = new TextDecoder().decode(bytes.subarray(from, to)).replace(/\0/g, '␀');
	let count = 0;
	for (let i = at; i >= 0; i = bytes.indexOf(0, i + 1)) count++;
	return issueMaker({ file: fileName })({
		rule: 'nul-character',
		line,
		value,
		expected: 'text without NUL characters (byte 0x00)',
		action: `the file holds ${count === 1 ? 'one NUL character' : `${count} NUL characters`}, the first on this line (shown as ␀); it was probably damaged in copying: export or download it again, or delete the NUL in a text editor`
	});
}

/**
 * Why bytes are not CSV text (a binary file, UTF-16, NUL characters), or null when they may be.
 * @example binaryIssue({ bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]), fileName: 'a.csv' })?.value // 'a PDF document'
 */
export function binaryIssue({
	bytes,
	fileName
}: {
	bytes: Uint8Array;
	fileName: string;
}): ValidationIssue | null {
	const issue = issueMaker({ file: fileName });
	const utf16 = () =>
		issue({
			rule: 'unsupported-encoding',
			value: 'UTF-16 ("Unicode text")',
			expected: 'a CSV file in UTF-8 or Windows-1252',
			action: RESAVE
		});
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return utf16();
	const sample = bytes.subarray(0, SAMPLE_BYTES);
	const known = SIGNATURES.find(([magic]) => startsWith(bytes, magic));
	const share = controlShare(sample);
	if (!known && looksUtf16(sample)) return utf16();
	if (known || share.control > 0.05 || share.nul > 0.1) {
		return issue({
			rule: 'binary-file',
			value: known?.[1] ?? 'binary data',
			expected: 'a CSV text file',
			action: known ? RESAVE : 'check that you picked the right file, then export it as CSV'
		});
	}
	const nul = bytes.indexOf(0);
	return nul >= 0 ? nulIssue(bytes, nul, fileName) : null;
}
