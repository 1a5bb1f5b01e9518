import { describe, expect, it } from 'vitest';
import { subcategoryKey, subcategoryParent } from './subcategory-key';

const GROUPS = ['False Alarm', 'Fire', 'Special Service'];

describe('subcategoryKey and subcategoryParent', () => {
	it.each([
		['Special Service', 'RTC', 'Special Service: RTC'],
		['Special Service', 'Effecting entry/exit', 'Special Service: Effecting entry/exit'],
		['False Alarm', 'False alarm - Good intent', 'False Alarm: False alarm - Good intent'],
		['Fire', null, 'Fire: kind not recorded']
	])('%s and %j make %j, whose parent is the category again', (category, subcategory, key) => {
		expect(subcategoryKey({ category, subcategory })).toBe(key);
		expect(subcategoryParent({ key, categories: GROUPS })).toBe(category);
	});

	it.each([
		['Fire', null],
		['Fire:Primary Fire', null],
		['Flood: RTC', null],
		['Special Service: a: b', 'Special Service']
	])('%j has the parent %j', (key, parent) => {
		expect(subcategoryParent({ key, categories: GROUPS })).toBe(parent);
	});

	it('prefers the longest category that fits', () => {
		expect(subcategoryParent({ key: 'A: B: C', categories: ['A', 'A: B'] })).toBe('A: B');
	});
});
