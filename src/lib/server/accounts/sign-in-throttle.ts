import type { Connector } from '../../db/connector';
import { failedSignInsSql } from '../../db/sql/audit-sql';

/** One key's rule: free tries, then a wait doubling from `baseS` up to `maxS` seconds. */
export interface ThrottleRule {
	freeTries: number;
	baseS: number;
	maxS: number;
	/** How far back failures count. */
	windowMs: number;
}

/** An account: 5 tries, then 30 s, 60 s, … up to 15 minutes; a success starts again. */
export const ACCOUNT_RULE: ThrottleRule = {
	freeTries: 5,
	baseS: 30,
	maxS: 900,
	windowMs: 86400_000
};
/** An address, which many people may share: 20 tries an hour, success or not. */
export const ADDRESS_RULE: ThrottleRule = {
	freeTries: 20,
	baseS: 30,
	maxS: 900,
	windowMs: 3600_000
};

/**
 * Seconds to wait before the next try after `failures` failures, the last at `lastMs`; 0: go ahead.
 * @example retryAfterSeconds({ failures: 5, lastMs: 0, nowMs: 10_000, rule: ACCOUNT_RULE }) // 20
 */
export function retryAfterSeconds(opts: {
	failures: number;
	lastMs: number;
	nowMs: number;
	rule: ThrottleRule;
}): number {
	const { failures, rule } = opts;
	if (failures < rule.freeTries) return 0;
	const waitS = Math.min(rule.baseS * 2 ** (failures - rule.freeTries), rule.maxS);
	return Math.max(0, Math.ceil((opts.lastMs + waitS * 1000 - opts.nowMs) / 1000));
}

/**
 * How long the next sign-in as `name` from `ip` must wait: the longer of the account's and the
 * address's waits, counting `pending` tries still being checked as failures.
 * @example await signInWait({ db, name: 'ana', ip: '10.0.0.1', nowMs: Date.now(), pending: { name: 0, ip: 0 } })
 */
export async function signInWait(opts: {
	db: Connector;
	name: string;
	ip: string;
	nowMs: number;
	pending: { name: number; ip: number };
}): Promise<number> {
	const keys = [
		{ by: 'subject', value: opts.name, rule: ACCOUNT_RULE, pending: opts.pending.name },
		{ by: 'ip', value: opts.ip, rule: ADDRESS_RULE, pending: opts.pending.ip }
	] as const;
	let wait = 0;
	for (const key of keys) {
		const [row] = await opts.db.query<{ failures: number; last_ms: number }>(
			failedSignInsSql({
				by: key.by,
				value: key.value,
				sinceMs: opts.nowMs - key.rule.windowMs,
				resetOnSuccess: key.by === 'subject'
			})
		);
		const failures = (row?.failures ?? 0) + key.pending;
		const lastMs = key.pending ? opts.nowMs : (row?.last_ms ?? 0);
		wait = Math.max(
			wait,
			retryAfterSeconds({ failures, lastMs, nowMs: opts.nowMs, rule: key.rule })
		);
	}
	return wait;
}
