import { describe, expect, it } from 'vitest';
import { waitInWords } from './wait-in-words';

describe('waitInWords', () => {
	it.each([
		[1, '1 second'],
		[30, '30 seconds'],
		[60, '60 seconds'],
		[61, '2 minutes'],
		[900, '15 minutes']
	])('%i s: %s', (s, words) => expect(waitInWords(s)).toBe(words));
});
