/**
 * How to read monthly counts from a CSV in none of the known layouts: chosen once on the upload
 * page, saved under a name, and found again by the file's header next month.
 */
export interface ColumnMapping {
	/** Name it is saved under; the counts are stored as source `custom:<name>`. */
	name: string;
	/** Column holding a day (2023-01-05, 05 Jan 2023, 05/01/2023) or a month (2023-01, 202301). */
	date: string;
	/** Columns whose values, joined with ' / ', make the category, e.g. ['Offence group', 'Offence']. */
	categories: string[];
	/** A column holding a count on each row, or 'count-rows' to count each row as one. */
	value: { column: string } | 'count-rows';
	/** The column naming the area, or one area for the whole file. */
	area: { column: string } | { fixed: string };
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const textAt = (v: unknown, key: string): boolean =>
	typeof v === 'object' && v !== null && isText((v as Record<string, unknown>)[key]);

/**
 * True when a value (e.g. parsed from saved JSON) is a usable ColumnMapping.
 * @example isColumnMapping({ name: 'victims', date: 'Date', categories: ['Type'], value: 'count-rows', area: { fixed: 'City of London' } }) // true
 */
export function isColumnMapping(value: unknown): value is ColumnMapping {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	const categories =
		Array.isArray(v.categories) && v.categories.length > 0 && v.categories.every(isText);
	const count = v.value === 'count-rows' || textAt(v.value, 'column');
	const area = textAt(v.area, 'column') || textAt(v.area, 'fixed');
	return isText(v.name) && isText(v.date) && categories && count && area;
}

/**
 * The source a mapping's counts are stored under.
 * @example mappingSource({ mapping }) // 'custom:victims'
 */
export function mappingSource({ mapping }: { mapping: Pick<ColumnMapping, 'name'> }) {
	return `custom:${mapping.name.trim()}` as const;
}
