import type { LineEnding, TextEncodingName } from '../types';
import { IngestError } from '../validation/ingest-error';
import { issueMaker } from '../validation/issue-maker';
import { decodeWindows1252 } from './decode-windows1252';

/** Text ready to parse, with how it was stored. */
export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
	lineEnding: LineEnding;
}

const SAMPLE_BYTES = 65_536;
const RESAVE =
	'open it in a spreadsheet and save it as "CSV UTF-8 (comma delimited)", then upload that';

// Magic numbers of files people upload by mistake, so the error can say what the file is.
const SIGNATURES: Array<[number[], string]> = [
	[[0x50, 0x4b, 0x03, 0x04], 'a zip archive or an Excel .xlsx workbook'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'an Excel 97–2003 .xls workbook'],
	[[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
	[[0x1f, 0x8b], 'a gzip archive']
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, SAMPLE_BYTES);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i] ?? 0;
		if (b === 0) return true;
		if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
	}
	return n > 0 && control / n > 0.05;
}

/**
 * Names the line-break style from counts of CRLF, lone LF and lone CR.
 * @example detectLineEnding({ text: 'a\r\nb\nc' }) // 'mixed'
 */
export function detectLineEnding({ text }: { text: string }): LineEnding {
	let crlf = 0;
	let lf = 0;
	let cr = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 13) {
			if (text.charCodeAt(i + 1) === 10) {
				crlf++;
				i++;
			} else cr++;
		} else if (c === 10) lf++;
	}
	const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
	if (kinds === 0) return 'none';
	if (kinds > 1) return 'mixed';
	return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr';
}

/**
 * Decodes CSV bytes: strips a UTF-8 BOM, falls back to Windows-1252, refuses binary files.
 * @example decodeText({ bytes: new Uint8Array([0xa3, 0x31]) }) // { text: '£1', encoding: 'windows-1252', lineEnding: 'none' }
 */
export function decodeText({
	bytes,
	fileName = 'file'
}: {
	bytes: Uint8Array;
	fileName?: string;
}): DecodedText {
	const issue = issueMaker({ file: fileName });
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
		throw new IngestError({
			issue: issue({
				rule: 'unsupported-encoding',
				value: 'UTF-16 ("Unicode text")',
				expected: 'a CSV file in UTF-8 or Windows-1252',
				action: RESAVE
			})
		});
	}
	const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
	const body = hasBom ? bytes.subarray(3) : bytes;
	if (looksBinary(body)) {
		const known = SIGNATURES.find(([magic]) => startsWith(body, magic));
		throw new IngestError({
			issue: issue({
				rule: 'binary-file',
				value: known?.[1] ?? 'binary data',
				expected: 'a CSV text file',
				action: known ? RESAVE : 'check that you picked the right file, then export it as CSV'
			})
		});
	}
	let text: string;
	let encoding: TextEncodingName;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(body);
		encoding = hasBom ? 'utf-8-bom' : 'utf-8';
	} catch {
		// Bytes that are not valid UTF-8 are almost always an Excel "CSV (comma delimited)" export.
		text = decodeWindows1252({ bytes: body });
		encoding = 'windows-1252';
	}
	return { text, encoding, lineEnding: detectLineEnding({ text }) };
}
