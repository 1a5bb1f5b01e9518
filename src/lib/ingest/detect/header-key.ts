import type { ColumnSpec } from './format-signatures';

/**
 * The form used to compare header names: BOM removed, lower case, no whitespace.
 * @example headerKey({ cell: '\uFEFF Crime ID ' }) // 'crimeid'
 */
export function headerKey({ cell }: { cell: string }): string {
	return cell
		.replace(/\uFEFF/g, '')
		.replace(/\s+/g, '')
		.toLowerCase();
}

/**
 * Maps each header key to the index of its first occurrence.
 * @example indexHeader({ header: ['Month', 'Crime type'] }).get('crimetype') // 1
 */
export function indexHeader({ header }: { header: string[] }): Map<string, number> {
	const index = new Map<string, number>();
	header.forEach((cell, i) => {
		const key = headerKey({ cell });
		if (!index.has(key)) index.set(key, i);
	});
	return index;
}

/**
 * Index of the header column that satisfies a spec, or -1.
 * @example findColumn({ keys: ['month'], spec: { label: 'Month', names: ['month'], required: true } }) // 0
 */
export function findColumn({ keys, spec }: { keys: string[]; spec: ColumnSpec }): number {
	return keys.findIndex((k) =>
		spec.names.some((n) => (typeof n === 'string' ? n === k : n.test(k)))
	);
}
