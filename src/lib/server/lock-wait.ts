/**
 * How long a command waits for another process to finish with the store: `SAFER_CITY_LOCK_WAIT`
 * seconds, default 60.
 * @example lockWaitMs({ SAFER_CITY_LOCK_WAIT: '5' }) // 5000
 */
export function lockWaitMs(env: Record<string, string | undefined> = process.env): number {
	const text = env.SAFER_CITY_LOCK_WAIT;
	if (text === undefined || text === '') return 60_000;
	const seconds = Number(text);
	if (!Number.isFinite(seconds) || seconds < 0)
		throw new Error(
			`SAFER_CITY_LOCK_WAIT takes a number of seconds to wait for the store, e.g. 60; got "${text}".`
		);
	return seconds * 1000;
}
