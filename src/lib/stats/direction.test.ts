import { describe, expect, it } from 'vitest';
import { changeStatus, type Direction } from './direction';

describe('changeStatus', () => {
	it.each<[number, Direction, string]>([
		[-3, 'down', 'better'],
		[3, 'down', 'worse'],
		[3, 'up', 'better'],
		[-0.5, 'up', 'worse'],
		[0, 'up', 'no change'],
		[0, 'down', 'no change']
	])('change %d when %s is good: %s', (change, direction, status) => {
		expect(changeStatus({ change, direction })).toBe(status);
	});
});
