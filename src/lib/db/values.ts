/** Turns DuckDB's JS values into plain JSON-safe values: BIGINT → number, DATE → `YYYY-MM-DD`. */
export function plainValue(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (Array.isArray(value)) return value.map(plainValue);
	return value;
}

/** Applies `plainValue` to every field of a row. @example plainRow({ n: 3n }) // { n: 3 } */
export function plainRow(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(row)) out[key] = plainValue(value);
	return out;
}
