import { decodeWindows1252 } from './decode-windows1252';

const LF = 10;

/**
 * Decodes bytes that are not UTF-8 as a whole line by line: a line that is valid UTF-8 and not
 * plain ASCII is read as UTF-8 (a row pasted in from another export), every other line as
 * Windows-1252. Real Windows-1252 text is almost never valid UTF-8 beyond ASCII, so this
 * only ever turns what would be mojibake ("CafÃ©") into the text meant ("Café").
 * @example decodeMixedLines({ bytes }) // { text: '£1\nCafé\n', utf8Lines: [2] }
 */
export function decodeMixedLines({ bytes }: { bytes: Uint8Array }): {
	text: string;
	utf8Lines: number[];
} {
	const utf8 = new TextDecoder('utf-8', { fatal: true });
	const parts: string[] = [];
	const utf8Lines: number[] = [];
	// Runs of Windows-1252 lines are decoded at one go: only lines with high bytes are tried as UTF-8.
	let runStart = 0;
	let line = 1;
	for (let start = 0; start < bytes.length; line++) {
		const at = bytes.indexOf(LF, start);
		const end = at < 0 ? bytes.length : at + 1;
		const text = highBytes(bytes, start, end) ? tryDecode(utf8, bytes.subarray(start, end)) : null;
		if (text !== null) {
			parts.push(decodeWindows1252({ bytes: bytes.subarray(runStart, start) }), text);
			utf8Lines.push(line);
			runStart = end;
		}
		start = end;
	}
	parts.push(decodeWindows1252({ bytes: bytes.subarray(runStart) }));
	return { text: parts.join(''), utf8Lines };
}

function highBytes(bytes: Uint8Array, start: number, end: number): boolean {
	for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return true;
	return false;
}

function tryDecode(decoder: TextDecoder, bytes: Uint8Array): string | null {
	try {
		return decoder.decode(bytes);
	} catch {
		return null;
	}
}
