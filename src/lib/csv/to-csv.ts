/** Writes rows as RFC 4180 CSV, quoting only where needed. @example toCsv({ rows: [{ a: 1 }] }) // 'a\n1\n' */
export function toCsv(opts: { rows: Record<string, unknown>[]; columns?: string[] }): string {
	const columns = opts.columns ?? Object.keys(opts.rows[0] ?? {});
	const lines = [columns.map(cell).join(',')];
	for (const row of opts.rows) lines.push(columns.map((c) => cell(row[c])).join(','));
	return lines.join('\n') + '\n';
}

function cell(value: unknown): string {
	if (value == null) return '';
	const text = String(value);
	return /[",\n\r]/.test(text) || text.trim() !== text ? `"${text.replaceAll('"', '""')}"` : text;
}
