import type { Table } from 'apache-arrow';
import { plainValue } from './values';

const DAY_TYPE_ID = 8; // arrow.Type.Date
const TIMESTAMP_TYPE_ID = 10; // arrow.Type.Timestamp

/** Turns an Arrow result into plain rows shaped like the Node connector's. @example arrowRows(table) */
export function arrowRows(table: Table): Record<string, unknown>[] {
	const fields = table.schema.fields.map((f) => ({
		name: f.name,
		typeId: f.type.typeId as number
	}));
	const rows: Record<string, unknown>[] = [];
	for (const row of table) {
		const out: Record<string, unknown> = {};
		for (const { name, typeId } of fields) {
			const value = (row as Record<string, unknown> | null)?.[name];
			out[name] = toPlain(value, typeId);
		}
		rows.push(out);
	}
	return rows;
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
