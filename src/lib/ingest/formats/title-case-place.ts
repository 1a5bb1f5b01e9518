const SMALL = new Set(['and', 'of', 'upon', 'on', 'the', 'in', 'under']);

/**
 * Writes a place name in its usual case whatever case the file used.
 * @example titleCasePlace({ name: 'CITY Of london' }) // 'City of London'
 */
export function titleCasePlace({ name }: { name: string }): string {
	let first = true;
	return name
		.trim()
		.replace(/\s+/g, ' ')
		.toLowerCase()
		.replace(/[a-z\u00e0-\u00ff][a-z\u00e0-\u00ff'’.]*/g, (word) => {
			const keep = !first && SMALL.has(word);
			first = false;
			return keep ? word : word.charAt(0).toUpperCase() + word.slice(1);
		});
}
