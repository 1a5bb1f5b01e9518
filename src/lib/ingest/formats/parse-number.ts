/**
 * Reads a number as spreadsheets write it: `521277.0`, `1,234`, `80%`, ` 12 `; null for anything else.
 * @example parseNumber({ text: '1,234.0' }) // 1234
 */
export function parseNumber({ text }: { text: string }): number | null {
	const t = text.trim().replace(/%$/, '').trim();
	if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(t) || !/\d/.test(t)) return null;
	return Number(t.replace(/,/g, ''));
}

/**
 * True for the empty cell and the text `NULL` that database exports write for it.
 * @example isMissing({ text: 'NULL' }) // true
 */
export function isMissing({ text }: { text: string }): boolean {
	const t = text.trim();
	return t === '' || t.toUpperCase() === 'NULL';
}
