import { describe, expect, it } from 'vitest';
import { titleCasePlace } from './title-case-place';

describe('titleCasePlace', () => {
	it.each([
		['CITY OF LONDON', 'City of London'],
		['City of London', 'City of London'],
		['City Of london', 'City of London'],
		['KINGSTON UPON THAMES', 'Kingston upon Thames'],
		['Barking And dagenham', 'Barking and Dagenham'],
		['  HAMMERSMITH   AND FULHAM ', 'Hammersmith and Fulham'],
		['HAM, PETERSHAM & RICHMOND RIVERSIDE', 'Ham, Petersham & Richmond Riverside'],
		['STOCKTON-ON-TEES', 'Stockton-on-Tees'],
		["KING'S CROSS", "King's Cross"],
		['THE CITY', 'The City']
	])('%j → %j', (name, expected) => {
		expect(titleCasePlace({ name })).toBe(expected);
	});
});
