import type { Table, Vector } from 'apache-arrow';
import { plainValue } from './values';

const INT_TYPE_ID = 2; // arrow.Type.Int
const FLOAT_TYPE_ID = 3; // arrow.Type.Float
const DAY_TYPE_ID = 8; // arrow.Type.Date
const TIMESTAMP_TYPE_ID = 10; // arrow.Type.Timestamp

/** Turns an Arrow result into plain rows shaped like the Node connector's. @example arrowRows(table) */
export function arrowRows(table: Table): Record<string, unknown>[] {
	// Column by column: Arrow's row proxies cost microseconds a field, and results reach the main thread.
	const columns = table.schema.fields.map((f) => {
		const typeId = f.type.typeId as number;
		const vector = table.getChild(f.name);
		return { name: f.name, typeId, values: vector ? columnValues(vector, typeId) : [] };
	});
	const rows: Record<string, unknown>[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const out: Record<string, unknown> = {};
		for (const { name, typeId, values } of columns) out[name] = toPlain(values[i], typeId);
		rows[i] = out;
	}
	return rows;
}

/** A column's values: numbers without nulls as one typed array, anything else value by value. */
function columnValues(vector: Vector, typeId: number): ArrayLike<unknown> {
	const numeric = typeId === INT_TYPE_ID || typeId === FLOAT_TYPE_ID;
	return numeric && vector.nullCount === 0 ? vector.toArray() : [...vector];
}

function toPlain(value: unknown, typeId: number): unknown {
	if (value == null) return null;
	if (typeId === DAY_TYPE_ID && typeof value === 'number') return isoDay(value);
	if (typeId === TIMESTAMP_TYPE_ID && typeof value === 'number')
		return new Date(value).toISOString();
	if (typeof value === 'object' && 'toArray' in value && typeof value.toArray === 'function') {
		return Array.from(value.toArray() as ArrayLike<unknown>, plainValue);
	}
	return plainValue(value);
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
