import type { Query } from '../connector';
import { quoteIdent } from './quote';

/** One entry of the audit log: who did what, when, to what, from where. */
export interface AuditEntry {
	actor: string | null;
	/** 'web' (the dashboard) or 'cli' (the command line). */
	via: 'web' | 'cli';
	action: string;
	subject?: string | null;
	detail?: string | null;
	ip?: string | null;
}

/** A stored entry, as the audit page lists it. */
export interface AuditRow extends Required<AuditEntry> {
	id: number;
	at_ms: number;
}

/** Records an entry. @example addAuditSql({ nowMs: Date.now(), entry: { actor: 'ana', via: 'web', action: 'signed in' } }) */
export function addAuditSql(opts: { nowMs: number; entry: AuditEntry }): Query {
	const e = opts.entry;
	return {
		sql: `INSERT INTO audit_log (happened_at, actor, via, action, subject, detail, ip)
VALUES (epoch_ms(CAST(? AS BIGINT)), ?, ?, ?, ?, ?, ?)`,
		params: [
			opts.nowMs,
			e.actor,
			e.via,
			e.action,
			e.subject ?? null,
			e.detail ?? null,
			e.ip ?? null
		]
	};
}

/** One page of the log, newest first. @example auditPageSql({ limit: 50, offset: 0 }) */
export function auditPageSql(opts: { limit: number; offset: number }): Query {
	return {
		sql: `SELECT id, epoch_ms(happened_at) AS at_ms, actor, via, action, subject, detail, ip
FROM audit_log ORDER BY happened_at DESC, id DESC LIMIT ? OFFSET ?`,
		params: [opts.limit, opts.offset]
	};
}

/** How many entries the log holds. @example auditCountSql() */
export function auditCountSql(): Query {
	return { sql: 'SELECT count(*) AS entries FROM audit_log' };
}

/** Actions the sign-in throttle counts and resets on. */
export const SIGN_IN_FAILED = 'sign-in failed';
export const SIGNED_IN = 'signed in';

/**
 * Failed sign-ins of one account name (`by: 'subject'`) or from one address (`by: 'ip'`) since
 * `sinceMs`, counting only those after the key's last successful sign-in when `resetOnSuccess`.
 * @example failedSignInsSql({ by: 'subject', value: 'ana', sinceMs: Date.now() - 86400_000, resetOnSuccess: true })
 */
export function failedSignInsSql(opts: {
	by: 'subject' | 'ip';
	value: string;
	sinceMs: number;
	resetOnSuccess: boolean;
}): Query {
	const key = quoteIdent(opts.by);
	const success = opts.resetOnSuccess
		? `
	AND happened_at > coalesce((SELECT max(happened_at) FROM audit_log WHERE action = ? AND ${key} = ?), TIMESTAMP '1970-01-01')`
		: '';
	return {
		sql: `SELECT count(*) AS failures, coalesce(max(epoch_ms(happened_at)), 0) AS last_ms FROM audit_log
WHERE action = ? AND ${key} = ? AND happened_at > epoch_ms(CAST(? AS BIGINT))${success}`,
		params: [
			SIGN_IN_FAILED,
			opts.value,
			opts.sinceMs,
			...(opts.resetOnSuccess ? [SIGNED_IN, opts.value] : [])
		]
	};
}
