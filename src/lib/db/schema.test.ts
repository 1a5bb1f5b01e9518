import { describe, expect, it } from 'vitest';
import { isSnapshotTable } from './schema';

describe('isSnapshotTable', () => {
	it.each([
		['uploads', true],
		['targets', true],
		['incidents', false],
		['Uploads', false],
		['uploads; DROP TABLE uploads', false],
		['', false]
	])('%j → %s', (name, expected) => {
		expect(isSnapshotTable(name)).toBe(expected);
	});
});
