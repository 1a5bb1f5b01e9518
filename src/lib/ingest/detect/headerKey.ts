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
