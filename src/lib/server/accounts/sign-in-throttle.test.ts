import { describe, expect, it } from 'vitest';
import { ACCOUNT_RULE, ADDRESS_RULE, retryAfterSeconds } from './sign-in-throttle';

const T = 1_000_000;

describe('retryAfterSeconds', () => {
	it.each([
		{ failures: 0, lastMs: T, nowMs: T, s: 0 },
		{ failures: 4, lastMs: T, nowMs: T, s: 0 },
		{ failures: 5, lastMs: T, nowMs: T, s: 30 },
		{ failures: 5, lastMs: T, nowMs: T + 29_001, s: 1 },
		{ failures: 5, lastMs: T, nowMs: T + 30_000, s: 0 },
		{ failures: 6, lastMs: T, nowMs: T, s: 60 },
		{ failures: 8, lastMs: T, nowMs: T + 10_000, s: 230 },
		{ failures: 30, lastMs: T, nowMs: T, s: 900 }
	])('account, $failures failures, $nowMs: $s s', ({ failures, lastMs, nowMs, s }) =>
		expect(retryAfterSeconds({ failures, lastMs, nowMs, rule: ACCOUNT_RULE })).toBe(s)
	);

	it.each([
		{ failures: 19, s: 0 },
		{ failures: 20, s: 30 }
	])('address, $failures failures: $s s', ({ failures, s }) =>
		expect(retryAfterSeconds({ failures, lastMs: T, nowMs: T, rule: ADDRESS_RULE })).toBe(s)
	);
});
