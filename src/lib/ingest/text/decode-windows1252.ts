// Windows-1252 characters for bytes 0x80–0x9F; the five bytes it leaves undefined map to themselves.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decodes Windows-1252 bytes. Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1
 * control characters, so those are mapped here; browsers already get them right.
 * @example decodeWindows1252({ bytes: new Uint8Array([0x80, 0xa3]) }) // '€£'
 */
export function decodeWindows1252({ bytes }: { bytes: Uint8Array }): string {
	return new TextDecoder('windows-1252')
		.decode(bytes)
		.replace(/[\u0080-\u009f]/g, (c) => HIGH.charAt(c.charCodeAt(0) - 0x80) || c);
}
