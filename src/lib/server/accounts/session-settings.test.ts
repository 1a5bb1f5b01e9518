import { describe, expect, it } from 'vitest';
import { sessionLimits, viewNeedsSignIn } from './session-settings';

describe('session settings', () => {
	it.each([
		{ env: {}, idleMs: 12 * 3600_000, maxMs: 7 * 86400_000 },
		{
			env: { SAFER_CITY_SESSION_IDLE_HOURS: '0.5', SAFER_CITY_SESSION_MAX_DAYS: '1' },
			idleMs: 1800_000,
			maxMs: 86400_000
		}
	])('limits of $env', ({ env, idleMs, maxMs }) =>
		expect(sessionLimits(env)).toEqual({ idleMs, maxMs })
	);

	it.each(['0', 'soon', '-2'])('refuses an idle limit of %s', (text) =>
		expect(() => sessionLimits({ SAFER_CITY_SESSION_IDLE_HOURS: text })).toThrow(
			`SAFER_CITY_SESSION_IDLE_HOURS takes a number of hours greater than 0, e.g. 12; got "${text}".`
		)
	);

	it.each([
		[undefined, false],
		['public', false],
		['signed-in', true]
	])('SAFER_CITY_VIEW=%s: sign-in needed %s', (view, needed) =>
		expect(viewNeedsSignIn({ SAFER_CITY_VIEW: view })).toBe(needed)
	);

	it('refuses another view setting', () =>
		expect(() => viewNeedsSignIn({ SAFER_CITY_VIEW: 'private' })).toThrow(
			'SAFER_CITY_VIEW takes public or signed-in; got "private".'
		));
});
