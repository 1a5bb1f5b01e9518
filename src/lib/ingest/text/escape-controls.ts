// C0 and C1 controls, DEL, and the invisible marks that reorder or break lines (bidi overrides,
// line and paragraph separators): a terminal would obey them, a page would hide them.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from a file made safe to print: every control character written as an escape, so an
 * ESC in a cell cannot clear the analyst's terminal and a bidi override cannot reorder a line.
 * @example escapeControls({ text: 'a\u001b[2Jb' }) // 'a\\x1b[2Jb'
 */
export function escapeControls({ text }: { text: string }): string {
	return text.replace(CONTROLS, (c) => {
		const code = c.charCodeAt(0);
		if (NAMED[c]) return NAMED[c];
		return code < 0x100
			? `\\x${code.toString(16).padStart(2, '0')}`
			: `\\u${code.toString(16).padStart(4, '0')}`;
	});
}
