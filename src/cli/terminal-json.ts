// JSON.stringify escapes C0 controls but leaves DEL, C1 controls (0x9b starts a terminal command)
// and the invisible marks that reorder lines.
const UNESCAPED = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Indented JSON safe to print to a terminal: every control character written as a \u escape,
 * so it still parses to the same value.
 * @example terminalJson({ label: 'a\u009b2J' }) // '{\n  "label": "a\\u009b2J"\n}'
 */
export function terminalJson(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(
		UNESCAPED,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}
