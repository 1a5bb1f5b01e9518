/** What is wrong with a count cell, if anything. */
export type CountProblem = 'count-missing' | 'count-format' | 'count-negative' | 'count-not-whole';

/**
 * Reads a count cell: a whole number of 0 or more (`12`, `12.0`, `1,234`); empty or `NULL` is missing.
 * @example checkCount({ text: '-3' }) // { problem: 'count-negative' }
 */
export function checkCount({
	text
}: {
	text: string;
}): { count: number } | { problem: CountProblem } {
	const t = text.trim();
	if (t === '' || t.toUpperCase() === 'NULL') return { problem: 'count-missing' };
	if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return { problem: 'count-format' };
	const count = Number(t.replace(/,/g, ''));
	if (count < 0) return { problem: 'count-negative' };
	if (!Number.isInteger(count)) return { problem: 'count-not-whole' };
	return { count };
}
