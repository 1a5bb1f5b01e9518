import { describe, expect, it } from 'vitest';
import { lockWaitMs } from './lock-wait';

describe('lockWaitMs', () => {
	it.each([
		{ env: {}, ms: 60_000 },
		{ env: { SAFER_CITY_LOCK_WAIT: '' }, ms: 60_000 },
		{ env: { SAFER_CITY_LOCK_WAIT: '0' }, ms: 0 },
		{ env: { SAFER_CITY_LOCK_WAIT: '2.5' }, ms: 2500 }
	])('$env', ({ env, ms }) => expect(lockWaitMs(env)).toBe(ms));

	it.each(['soon', '-1'])('refuses %s, saying what it takes', (text) => {
		expect(() => lockWaitMs({ SAFER_CITY_LOCK_WAIT: text })).toThrow(
			`SAFER_CITY_LOCK_WAIT takes a number of seconds to wait for the store, e.g. 60; got "${text}".`
		);
	});
});
