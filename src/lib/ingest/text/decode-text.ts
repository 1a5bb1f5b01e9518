import type { LineEnding, TextEncodingName, ValidationIssue } from '../types';
import { IngestError } from '../validation/ingest-error';
import { binaryIssue } from './binary-issue';
import { decodeMixedLines } from './decode-mixed-lines';
import { decodingWarnings, removeInnerBoms } from './decoding-warnings';

/** Text ready to parse, with how it was stored. */
export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
	lineEnding: LineEnding;
	/** How the text was read when it was not plain (mixed encodings, stray BOMs, CR-only lines). */
	warnings: ValidationIssue[];
}

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
	prefix.every((b, i) => bytes[i] === b);

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
 * Decodes CSV bytes: strips a UTF-8 BOM (and any later one, with a warning), falls back to
 * Windows-1252 line by line, refuses binary, UTF-16 and NUL-holding files.
 * @example decodeText({ bytes: new Uint8Array([0xa3, 0x31]) }) // { text: '£1', encoding: 'windows-1252', lineEnding: 'none', warnings: [] }
 */
export function decodeText({
	bytes,
	fileName = 'file'
}: {
	bytes: Uint8Array;
	fileName?: string;
}): DecodedText {
	const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
	const body = hasBom ? bytes.subarray(3) : bytes;
	const refused = binaryIssue({ bytes: body, fileName });
	if (refused) throw new IngestError({ issue: refused });
	let decoded: string;
	let encoding: TextEncodingName;
	let utf8Lines: number[] = [];
	try {
		decoded = new TextDecoder('utf-8', { fatal: true }).decode(body);
		encoding = hasBom ? 'utf-8-bom' : 'utf-8';
	} catch {
		// Bytes that are not valid UTF-8 are almost always an Excel "CSV (comma delimited)" export.
		({ text: decoded, utf8Lines } = decodeMixedLines({ bytes: body }));
		encoding = 'windows-1252';
	}
	const { text, lines: bomLines } = removeInnerBoms({ text: decoded });
	const lineEnding = detectLineEnding({ text });
	const crOnly = lineEnding === 'cr';
	const warnings = decodingWarnings({ fileName, utf8Lines, bomLines, crOnly });
	return { text, encoding, lineEnding, warnings };
}
