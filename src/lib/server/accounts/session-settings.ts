const HOUR = 3600_000;
type Env = Record<string, string | undefined>;

function positive(env: Env, name: string, fallback: number, unit: string): number {
	const text = env[name];
	if (text === undefined || text === '') return fallback;
	const value = Number(text);
	if (!Number.isFinite(value) || value <= 0)
		throw new Error(
			`${name} takes a number of ${unit} greater than 0, e.g. ${fallback}; got "${text}".`
		);
	return value;
}

/**
 * How long a session lasts: `SAFER_CITY_SESSION_IDLE_HOURS` unused (default 12) and
 * `SAFER_CITY_SESSION_MAX_DAYS` in all (default 7).
 * @example sessionLimits({}) // { idleMs: 43_200_000, maxMs: 604_800_000 }
 */
export function sessionLimits(env: Env = process.env): { idleMs: number; maxMs: number } {
	return {
		idleMs: positive(env, 'SAFER_CITY_SESSION_IDLE_HOURS', 12, 'hours') * HOUR,
		maxMs: positive(env, 'SAFER_CITY_SESSION_MAX_DAYS', 7, 'days') * 24 * HOUR
	};
}

/**
 * Whether pages need a signed-in account: `SAFER_CITY_VIEW=signed-in`; `public` (the default)
 * lets anyone view.
 * @example viewNeedsSignIn({ SAFER_CITY_VIEW: 'signed-in' }) // true
 */
export function viewNeedsSignIn(env: Env = process.env): boolean {
	const view = env.SAFER_CITY_VIEW ?? '';
	if (view === '' || view === 'public') return false;
	if (view === 'signed-in') return true;
	throw new Error(`SAFER_CITY_VIEW takes public or signed-in; got "${view}".`);
}
