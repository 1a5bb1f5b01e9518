/** Which way is good for a measure: `'down'` when fewer is better (crime), `'up'` when more is (reports on time). */
export type Direction = 'up' | 'down';

/** Whether a signed change is an improvement, a deterioration or none. @example changeStatus({ change: -3, direction: 'down' }) // 'better' */
export function changeStatus({
	change,
	direction
}: {
	change: number;
	direction: Direction;
}): 'better' | 'worse' | 'no change' {
	if (change === 0) return 'no change';
	return change > 0 === (direction === 'up') ? 'better' : 'worse';
}
