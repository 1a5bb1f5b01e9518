const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

/**
 * A cell a spreadsheet will not run as a formula: text starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading apostrophe; a plain number (even negative) stays as it is.
 * @example safeCell('=1+1') // "'=1+1"; safeCell(-3) // '-3'
 */
export function safeCell(value: unknown): string {
	if (value == null) return '';
	const text = String(value);
	if (typeof value === 'number' || NUMBER.test(text)) return text;
	return TRIGGERS.includes(text[0] ?? '') ? `'${text}` : text;
}
